package ziping.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;

/**
 * The stream of an {@code -o} file that has the disk write what it holds while the run goes on: after every
 * {@value #EVERY} bytes (in the run) a daemon thread forces the data written so far (one force at a time), so that the force before
 * the file is moved into place ({@link #finish()}) only waits for the tail, not for the whole document at the end of
 * the run. A failed background force is not lost: {@link #finish()} reports it (Linux reports a failed write-back to
 * one {@code fsync} only, so the final force could succeed over lost data).
 */
final class Writeback extends OutputStream {
    /** Bytes between two background forces: a few per run of thousands of forms (about 10 KB of JSON each). */
    static final long EVERY = 32L << 20;

    private final FileChannel channel;
    private final long every;
    private final OutputStream out;
    private long unforced;
    private Thread forcing;
    private volatile IOException failure;

    Writeback(FileChannel channel, long every) {
        this.channel = channel;
        this.every = every;
        this.out = Channels.newOutputStream(channel);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        unforced += len;
        if (unforced >= every && (forcing == null || !forcing.isAlive())) {
            unforced = 0;
            forcing = new Thread(this::force, "ziping-writeback");
            forcing.setDaemon(true);
            forcing.start();
        }
    }

    private void force() {
        try {
            channel.force(false);
        } catch (ClosedChannelException discarded) {
            // the run ended without the document (Output.discard): nothing to keep
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Every byte on disk, or the failure of this or an earlier force. */
    void finish() throws IOException {
        channel.force(true);
        if (forcing != null) {
            try {
                forcing.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stopped while " + forcing.getName() + " forced the output");
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
