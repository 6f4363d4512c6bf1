package ziping.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ziping.testing.Seeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelCheckTest {
    private static final int COPIES = 12;

    @TempDir
    static Path dir;
    private static Path corpus;

    /** The seeds, each copied {@value #COPIES} times, plus an unreadable file, in nested folders. */
    @BeforeAll
    static void corpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> seeds = List.of(Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003);
        for (int copy = 0; copy < COPIES; copy++) {
            Path sub = Files.createDirectories(corpus.resolve("batch-" + copy % 3));
            for (String seed : seeds) {
                Files.copy(Seeds.path(seed), sub.resolve(copy + "-" + seed));
            }
        }
        Files.write(corpus.resolve("batch-1/empty.txt"), new byte[0]);
    }

    private static byte[] check(String format, int jobs) throws IOException {
        Path out = dir.resolve(format + "-" + jobs + ".out");
        int code = new CommandLine(new Main()).setErr(new PrintWriter(new StringWriter()))
                .execute("check", corpus.toString(), "--format", format, "--jobs", String.valueOf(jobs),
                        "-o", out.toString());
        assertEquals(ExitCodes.UNREADABLE_INPUT, code);
        return Files.readAllBytes(out);
    }

    @Test
    void jsonIsByteIdenticalForOneAndFourJobs() throws IOException {
        byte[] one = check("json", 1);
        String text = new String(one, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"files\":" + (4 * COPIES + 1)), "summary of every file");
        assertTrue(text.contains("\"rule\":\"ZP"), "findings written");
        assertArrayEquals(one, check("json", 4));
    }

    @Test
    void csvAndJsonLinesAreByteIdenticalForOneAndFourJobs() throws IOException {
        byte[] csv = check("csv", 1);
        assertTrue(new String(csv, StandardCharsets.UTF_8).lines().count() > 4 * COPIES, "a row per finding");
        assertArrayEquals(csv, check("csv", 4));
        byte[] jsonl = check("jsonl", 1);
        assertEquals(4 * COPIES + 1, new String(jsonl, StandardCharsets.UTF_8).lines().count());
        assertArrayEquals(jsonl, check("jsonl", 4));
    }

    @Test
    void noProgressIsDrawnWhenStandardErrorIsNotATerminal() throws IOException {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            check("jsonl", 2);
        } finally {
            System.setErr(saved);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badJobsOrTimeoutIsAUsageError() {
        CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.USAGE, cli.execute("check", "--jobs", "0", corpus.toString()));
        assertEquals(ExitCodes.USAGE, cli.execute("check", "--file-timeout", "soon", corpus.toString()));
        assertEquals(ExitCodes.USAGE, cli.execute("check", "--file-timeout", "0s", corpus.toString()));
    }
}
