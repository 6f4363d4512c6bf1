package ziping.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where results go: the file given with {@code -o}, or standard output (which is flushed, never closed). */
final class Output implements Closeable {
    /** Sinks flush after each input file; a buffer this size takes a file's output in one write. */
    private static final int BUFFER = 1 << 16;

    private final OutputStream stream;
    private final boolean owned;

    private Output(OutputStream stream, boolean owned) {
        this.stream = stream;
        this.owned = owned;
    }

    static Output open(Path file) throws IOException {
        return file == null ? new Output(System.out, false) : new Output(new BufferedOutputStream(Files.newOutputStream(file), BUFFER), true);
    }

    static boolean isTerminal(Path file) {
        return file == null && System.console() != null;
    }

    OutputStream stream() {
        return stream;
    }

    /** The terminal's charset for a table on a console, UTF-8 otherwise. */
    Charset charset() {
        return !owned && System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            stream.close();
        } else {
            stream.flush();
            if (stream instanceof PrintStream ps && ps.checkError()) {
                throw new IOException("cannot write to standard output");
            }
        }
    }
}
