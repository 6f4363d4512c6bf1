package ziping.report;

import ziping.result.FileResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a sink over results and returns what it wrote. */
final class SinkRun {
    private SinkRun() {
    }

    static String write(Format format, Lang lang, List<FileResult> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSink sink = format.open(out, StandardCharsets.UTF_8, lang);
        sink.begin();
        for (FileResult r : results) {
            sink.accept(r);
        }
        sink.end();
        return out.toString(StandardCharsets.UTF_8);
    }
}
