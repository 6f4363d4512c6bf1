package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import ziping.api.FileResult;

import java.io.IOException;
import java.io.OutputStream;

/** One pretty-printed JSON document: tool, version, files (streamed), summary. */
public final class JsonSink implements ResultSink {
    private final ResultJson json;
    private final JsonGenerator g;
    private final Summary summary = new Summary();

    public JsonSink(OutputStream out, Lang lang) throws IOException {
        json = new ResultJson(lang);
        g = json.generator(out).useDefaultPrettyPrinter();
    }

    @Override
    public void begin() throws IOException {
        g.writeStartObject();
        json.writeHeader(g);
        g.writeArrayFieldStart("files");
    }

    @Override
    public void accept(FileResult result) throws IOException {
        summary.add(result);
        json.writeFile(g, result);
        g.flush();
    }

    @Override
    public void end() throws IOException {
        g.writeEndArray();
        json.writeSummary(g, summary);
        g.writeEndObject();
        g.writeRaw(System.lineSeparator());
        g.flush();
    }
}
