package ziping.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WritebackTest {
    @TempDir
    Path dir;

    @Test
    void forcesInTheBackgroundAndKeepsEveryByteInOrder() throws Exception {
        Path file = dir.resolve("out.json");
        byte[] expected = new byte[1000];
        try (Channel channel = new Channel(file, false)) {
            Writeback stream = new Writeback(channel, 100);
            for (int i = 0; i < expected.length; i += 50) {
                for (int k = i; k < i + 50; k++) {
                    expected[k] = (byte) k;
                }
                stream.write(expected, i, 50);
                if (i == 100) {
                    assertTrue(channel.forced.await(10, TimeUnit.SECONDS), "a force once 100 bytes are written");
                }
            }
            stream.finish();
            assertTrue(channel.forces.get() >= 2, "the background force and the final one: " + channel.forces.get());
        }
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void aFailedBackgroundForceFailsTheFinishEvenWhenTheLastForceSucceeds() throws Exception {
        try (Channel channel = new Channel(dir.resolve("out.json"), true)) {
            Writeback stream = new Writeback(channel, 10);
            stream.write(new byte[20], 0, 20);
            assertTrue(channel.forced.await(10, TimeUnit.SECONDS));
            IOException e = assertThrows(IOException.class, stream::finish);
            assertEquals("write-back failed", e.getMessage());
        }
    }

    /** A file channel that counts its forces and, when asked, fails the first one as a disk error would. */
    private static final class Channel extends FileChannel {
        private final FileChannel file;
        private final boolean failFirst;
        final AtomicInteger forces = new AtomicInteger();
        final CountDownLatch forced = new CountDownLatch(1);

        Channel(Path path, boolean failFirst) throws IOException {
            this.file = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            this.failFirst = failFirst;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            int n = forces.incrementAndGet();
            forced.countDown();
            if (failFirst && n == 1) {
                throw new IOException("write-back failed");
            }
            file.force(metaData);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return file.write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return file.write(srcs, offset, length);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return file.write(src, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return file.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return file.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return file.transferFrom(src, position, count);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return file.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return file.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
