package ziping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code -o} file is never half-written, never an input, and option values are bounded (issue 10). */
class OutputSafetyTest {
    private static final Path SAMPLE = Path.of("samples/000_abdcfc8520cbd6f1.txt");
    private static final byte[] PREVIOUS = "{\"previous\":\"report\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new Main()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute(args);
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
        Path input = Files.copy(SAMPLE, dir.resolve("form.txt"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
        Path hardLink = Files.createLink(dir.resolve("hard.json"), input);
        byte[] before = Files.readAllBytes(input);

        assertEquals(2, run("check", dir.toString(), "-o", input.toString()));
        assertEquals(2, run("check", input.toString(), "-o", link.toString()));
        assertEquals(2, run("check", input.toString(), "-o", hardLink.toString()));
        assertEquals(2, run("parse", input.toString(), "-o", dir.resolve(".").resolve("form.txt").toString()));

        assertArrayEquals(before, Files.readAllBytes(input));
        assertTrue(err.toString().contains("writing it would destroy the input"), err.toString());
        assertEquals(List.of("form.txt", "hard.json", "link.json"), filesIn(dir));
    }

    @Test
    void aCompleteRunReplacesThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path out = Files.write(dir.resolve("out.json"), PREVIOUS);

        assertEquals(0, run("check", SAMPLE.toString(), "-o", out.toString(), "--format", "json"));

        assertEquals("ok", new ObjectMapper().readTree(out.toFile()).get("files").get(0).get("status").asText());
        assertEquals(List.of("out.json"), filesIn(dir));
    }

    @Test
    void throughASymbolicLinkTheFileItNamesIsReplacedAndTheLinkKept() throws IOException {
        Path real = Files.write(Files.createDirectories(dir.resolve("reports")).resolve("out.json"), PREVIOUS);
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), real);

        assertEquals(0, run("check", SAMPLE.toString(), "-o", link.toString(), "--format", "json"));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("ok", new ObjectMapper().readTree(real.toFile()).get("files").get(0).get("status").asText());
        assertEquals(List.of("out.json"), filesIn(dir.resolve("reports")));
    }

    @Test
    void aFailedRunLeavesThePreviousFile() throws IOException {
        Path out = Files.write(dir.resolve("out.json"), PREVIOUS);

        assertEquals(2, run("check", SAMPLE.toString(), "-o", out.toString(), "--grade-bounds", "1,2,3"));
        assertEquals(ExitCodes.INTERNAL_ERROR,
                Main.run(new String[]{"check", SAMPLE.toString(), "-o", dir.resolve("missing/out.json").toString()}));

        assertArrayEquals(PREVIOUS, Files.readAllBytes(out));
        assertEquals(List.of("out.json"), filesIn(dir));
    }

    @Test
    void optionValuesOutOfBoundsAreUsageErrors() {
        assertEquals(2, run("check", "--jobs", "100000", SAMPLE.toString()));
        assertEquals(2, run("check", "--jobs", "0", SAMPLE.toString()));
        assertEquals(2, run("check", "--file-timeout", "3000000h", SAMPLE.toString()));
        assertEquals(2, run("check", "--file-timeout", "99999999999999999999h", SAMPLE.toString()));
        assertEquals(2, run("check", "--file-timeout", "PT25H", SAMPLE.toString()));

        assertTrue(err.toString().contains("--jobs must be from 1 to 256, got 100000"), err.toString());
        assertTrue(err.toString().contains("the time budget must be at most 24h, got 3000000h"), err.toString());
    }

    /** PDFBox says nothing on standard error; at --verbose its problems are one line for the file. */
    @Test
    void pdfBoxIsQuietAndVerboseGivesOneLinePerFile() throws Exception {
        String pdf = "src/test/resources/pdf/bad/deeply-nested.pdf";

        String quiet = runJava("check", pdf, "--format", "json", "-o", dir.resolve("a.json").toString());
        String verbose = runJava("check", pdf, "--format", "json", "-o", dir.resolve("b.json").toString(), "--verbose");

        assertEquals("", quiet);
        assertEquals(1, verbose.lines().count(), verbose);
        assertTrue(verbose.contains(pdf + ": PDFBox reported "), verbose);
    }

    /** Standard error of ziping run in a JVM of its own. */
    private String runJava(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process run = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        return err;
    }

    /**
     * A run killed with SIGTERM (Process.destroy) while writing leaves the previous report as it was, and no
     * temporary file: the run is held open reading standard input, after writing the start of its document.
     */
    @Test
    void aRunKilledWithSigtermLeavesThePreviousFileIntact() throws Exception {
        Path out = Files.write(dir.resolve("out.json"), PREVIOUS);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", SAMPLE.toString(), "-", "--jobs", "2", "--format", "json", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (filesIn(dir).size() < 3 && System.nanoTime() < deadline) {     // out.json, log, the temporary
                Thread.sleep(20);
            }
            assertEquals(3, filesIn(dir).size(), "no temporary file appeared: " + filesIn(dir));
            Thread.sleep(300);        // the sample is written, standard input still awaited
        } finally {
            // SIGTERM through the process handle: Process.destroy also closes the run's standard input right after the
            // signal, and a run that reads that end first finishes on its own (exit 3: empty input) before it dies
            run.toHandle().destroy();
            assertTrue(run.waitFor(30, TimeUnit.SECONDS));
            run.getOutputStream().close();
        }

        assertEquals(143, run.exitValue());
        byte[] left = Files.readAllBytes(out);
        if (!Arrays.equals(PREVIOUS, left)) {
            // the signal came as the run ended (standard input closed under it): then the file is the whole document
            JsonNode document = new ObjectMapper().readTree(left);
            assertTrue(document.has("summary"), "a replaced file is a complete document");
        }
        assertEquals(List.of("log", "out.json"), filesIn(dir));
    }
}
