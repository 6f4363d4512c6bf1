package ziping.report;

import ziping.result.FileResult;

import java.io.IOException;

/**
 * Receives results one file at a time, so output appears as each file completes. Rendering a file is apart from
 * writing it: {@link #render} may run on many threads at once (the batch renders each file on its worker), while
 * {@link #write} is called on one thread, in input order. Leaves its stream open.
 */
public interface ResultSink {
    void begin() throws IOException;

    /** One file's output; safe to call from several threads at once. */
    RenderedFile render(FileResult result);

    /** Writes a file's output; called in input order, on one thread. */
    void write(RenderedFile file) throws IOException;

    void end() throws IOException;

    default void accept(FileResult result) throws IOException {
        write(render(result));
    }
}
