package ziping.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The {@code -o} file's stream keeps the sinks' flush after each input from the disk, writing 1 MB at a time; and an
 * {@code -o} path is told to be an input whatever names it.
 */
class OutputTest {
    private static final int MEGABYTE = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aFlushDoesNotReachTheFileUntilTheMegabyteBufferFillsOrTheCommit() throws IOException {
        Path target = dir.resolve("out.json");
        byte[] document = new byte[MEGABYTE + 1];
        Arrays.fill(document, (byte) 'x');
        try (Output output = Output.open(target)) {
            OutputStream stream = output.stream();
            Path temporary = temporaryFile();
            for (int at = 0; at < MEGABYTE; at += 4096) {
                stream.write(document, at, 4096);
                stream.flush();
            }
            assertEquals(0, Files.size(temporary));

            stream.write(document, MEGABYTE, 1);
            stream.flush();
            assertEquals(MEGABYTE, Files.size(temporary));

            output.commit();
        }
        assertArrayEquals(document, Files.readAllBytes(target));
        assertEquals(List.of("out.json"), filesIn(dir));
    }

    @Test
    void theCommitWritesWhatTheBufferHolds() throws IOException {
        Path target = dir.resolve("out.json");
        try (Output output = Output.open(target)) {
            output.stream().write("{\"files\":[]}\n".getBytes());
            output.stream().flush();
            assertEquals(0, Files.size(temporaryFile()));
            output.commit();
        }
        assertEquals("{\"files\":[]}\n", Files.readString(target));
    }

    @Test
    void anInputIsFoundThroughASymbolicLink() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "form");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), input);

        assertEquals(input, Output.inputAt(link, List.of(dir.resolve("other.txt"), input)));
    }

    @Test
    void anInputIsFoundThroughAHardLink() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "form");
        Path hardLink = Files.createLink(dir.resolve("out.json"), input);

        assertEquals(input, Output.inputAt(hardLink, List.of(input)));
    }

    @Test
    void anInputIsFoundUnderAnotherSpelling() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "form");
        Path sub = Files.createDirectories(dir.resolve("sub"));

        Path spelt = sub.resolve("../in.txt");

        assertEquals(input, Output.inputAt(spelt, List.of(input)));
        assertEquals(spelt, Output.inputAt(input, List.of(spelt)));
    }

    @Test
    void aCopyOrAMissingFileIsNoInputAndAnInputGoneIsPassedOver() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "form");
        Path copy = Files.copy(input, dir.resolve("out.json"));
        Path gone = dir.resolve("gone.txt");

        assertNull(Output.inputAt(copy, List.of(input)));
        assertNull(Output.inputAt(dir.resolve("new.json"), List.of(input)));
        assertNull(Output.inputAt(null, List.of(input)));
        assertEquals(input, Output.inputAt(Files.createLink(dir.resolve("hard.json"), input), List.of(gone, input)));
    }

    private Path temporaryFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> temporary = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(1, temporary.size(), temporary.toString());
            return temporary.get(0);
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
