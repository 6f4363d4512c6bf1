package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import ziping.result.FileResult;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON document: tool, version, files, summary. Files are streamed one per line (the same compact object as a
 * JSON Lines record), so a large batch is written, read and diffed a file at a time.
 */
public final class JsonSink implements ResultSink {
    private static final byte[] FIRST_FILE = {'\n'};
    private static final byte[] NEXT_FILE = {',', '\n'};

    private final OutputStream out;
    private final ResultJson json;
    private final JsonGenerator g;
    private final Summary summary = new Summary();
    private boolean first = true;

    public JsonSink(OutputStream out, Lang lang) throws IOException {
        this.out = out;
        json = new ResultJson(lang);
        g = json.generator(out);
    }

    @Override
    public void begin() throws IOException {
        g.writeStartObject();
        json.writeHeader(g);
        g.writeArrayFieldStart("files");
        g.flush();
    }

    @Override
    public RenderedFile render(FileResult result) {
        return new RenderedFile(result, json.render(result));
    }

    @Override
    public void write(RenderedFile file) throws IOException {
        summary.add(file.result());
        out.write(first ? FIRST_FILE : NEXT_FILE);
        first = false;
        out.write(file.bytes());
        out.flush();
    }

    @Override
    public void end() throws IOException {
        out.write('\n');
        g.writeEndArray();
        json.writeSummary(g, summary);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
