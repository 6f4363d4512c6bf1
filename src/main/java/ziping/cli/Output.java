package ziping.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where results go: standard output (flushed, never closed), or the file given with {@code -o}. A device or FIFO
 * ({@code -o /dev/null}) is written to directly; a regular file is written
 * under a temporary name in the same folder and moved into place by {@link #commit()}: until then the previous file
 * stays as it was, and a run that fails, is killed (SIGINT, SIGTERM: a shutdown hook deletes the temporary file) or
 * runs out of memory leaves no partial document. Two runs writing the same file each move a complete one into place.
 * The disk writes the temporary file while the run goes on ({@link Writeback}).
 */
final class Output implements Closeable {
    /** Sinks flush after each input file; a buffer this size takes a file's output in one write. */
    private static final int BUFFER = 1 << 16;
    /** The buffer of a temporary file, written when full: a few hundred writes for 20,000 forms of JSON. */
    private static final int FILE_BUFFER = 1 << 20;

    private final OutputStream stream;
    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final Writeback writeback;
    private final Thread cleanup;
    private final boolean standardOutput;
    private boolean done;

    /**
     * Standard output (buffered before {@link System#out}, which would write each piece at once) or a device: written
     * straight to, without a temporary file.
     */
    private Output(OutputStream stream, boolean standardOutput) {
        this.stream = stream;
        this.standardOutput = standardOutput;
        this.target = null;
        this.temporary = null;
        this.channel = null;
        this.writeback = null;
        this.cleanup = null;
    }

    private Output(Path target, Path temporary, FileChannel channel) {
        this.writeback = new Writeback(channel, Writeback.EVERY);
        this.stream = new FileBuffer(writeback);
        this.standardOutput = false;
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.cleanup = new Thread(this::discard, "ziping-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    static Output open(Path file) throws IOException {
        if (file == null) {
            return new Output(new BufferedOutputStream(System.out, BUFFER), true);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a device or a FIFO (-o /dev/null): written to as it is, never replaced
            return new Output(new BufferedOutputStream(Files.newOutputStream(file), BUFFER), false);
        }
        // through a symbolic link the file it names is replaced, as writing through the link would
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
        // a random name that CREATE_NEW refuses to reuse; ThreadLocalRandom, since a UUID's SecureRandom loads the
        // security providers (about 20 ms of start-up CPU) before the batch can start
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Output(target, temporary, channel);
        } catch (FileSystemException e) {
            throw naming(file, e);
        }
    }

    /** The same failure told of the file the user named, not of its temporary twin (see {@link Errors}). */
    private static FileSystemException naming(Path file, FileSystemException e) {
        String name = file.toString();
        FileSystemException named = e instanceof NoSuchFileException
                ? new NoSuchFileException(name, null, e.getReason())
                : e instanceof AccessDeniedException ? new AccessDeniedException(name, null, e.getReason())
                : new FileSystemException(name, null, e.getReason());
        named.initCause(e);
        return named;
    }

    /**
     * The input that {@code file} is (the same file by its real path, through links or another spelling), or null:
     * writing over an input would destroy it. Files are compared by their file keys (device and inode), one look-up
     * an input, or by {@link Files#isSameFile} where the file system has no keys; an input gone meanwhile is none.
     */
    static Path inputAt(Path file, List<Path> inputs) throws IOException {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        for (Path input : inputs) {
            try {
                if (key != null ? key.equals(Files.readAttributes(input, BasicFileAttributes.class).fileKey())
                        : Files.isSameFile(input, file)) {
                    return input;
                }
            } catch (NoSuchFileException gone) {
                // not there, so not the output either
            }
        }
        return null;
    }

    OutputStream stream() {
        return stream;
    }

    /** The terminal's charset for a table on a console, UTF-8 otherwise. */
    Charset charset() {
        return target == null && System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
    }

    /** The document is complete: flush it to disk and move it into place (standard output: flush it). */
    synchronized void commit() throws IOException {
        if (stream instanceof FileBuffer file) {
            file.drain();
        } else {
            stream.flush();
        }
        if (target == null) {
            if (System.out.checkError()) {
                throw new IOException("cannot write to standard output");
            }
            return;
        }
        if (done) {
            throw new IOException("the run was stopped before " + target + " was complete");
        }
        writeback.finish();
        channel.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Without a {@link #commit()}, the temporary file is deleted and the target left as it was. */
    @Override
    public void close() throws IOException {
        if (target == null) {
            if (standardOutput) {
                stream.flush();
            } else {
                stream.close();
            }
            return;
        }
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) discard() itself
        }
    }

    private synchronized void discard() {
        if (done) {
            return;
        }
        done = true;
        try {
            channel.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            System.err.println("ziping: cannot delete the temporary file " + temporary + ": " + e.getMessage());
        }
    }

    /**
     * The stream of a temporary file: the sinks' flush after each input is not passed on (nobody reads the file before
     * {@link #commit()} moves it into place, and a write per input cost the thread that hands results over a system
     * call per input); the buffer is written when full and drained by the commit.
     */
    private static final class FileBuffer extends BufferedOutputStream {
        FileBuffer(OutputStream out) {
            super(out, FILE_BUFFER);
        }

        @Override
        public void flush() {
            // written when the buffer fills, and at commit (drain)
        }

        void drain() throws IOException {
            super.flush();
        }
    }
}
