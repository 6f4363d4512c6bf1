package ziping.report;

import ziping.result.FileResult;

import java.io.IOException;
import java.io.OutputStream;

/** JSON Lines: one compact line per file, the same object as in the JSON document's {@code files}. */
public final class JsonlSink implements ResultSink {
    private final OutputStream out;
    private final ResultJson json;

    public JsonlSink(OutputStream out, Lang lang) {
        this.out = out;
        json = new ResultJson(lang);
    }

    @Override
    public void begin() {
    }

    @Override
    public RenderedFile render(FileResult result) {
        return new RenderedFile(result, json.render(result));
    }

    @Override
    public void write(RenderedFile file) throws IOException {
        out.write(file.bytes());
        out.write('\n');
        out.flush();
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
