package ziping.report;

import ziping.api.FileResult;

import java.io.IOException;

/** Receives results one file at a time, so output appears as each file completes. Leaves its stream open. */
public interface ResultSink {
    void begin() throws IOException;

    void accept(FileResult result) throws IOException;

    void end() throws IOException;
}
