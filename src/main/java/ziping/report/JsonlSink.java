package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import ziping.api.FileResult;

import java.io.IOException;
import java.io.OutputStream;

/** JSON Lines: one compact line per file, the same object as in the JSON document's {@code files}. */
public final class JsonlSink implements ResultSink {
    private final ResultJson json;
    private final JsonGenerator g;

    public JsonlSink(OutputStream out, Lang lang) throws IOException {
        json = new ResultJson(lang);
        g = json.generator(out).setPrettyPrinter(new MinimalPrettyPrinter(""));
    }

    @Override
    public void begin() {
    }

    @Override
    public void accept(FileResult result) throws IOException {
        json.writeFile(g, result);
        g.writeRaw('\n');
        g.flush();
    }

    @Override
    public void end() throws IOException {
        g.flush();
    }
}
