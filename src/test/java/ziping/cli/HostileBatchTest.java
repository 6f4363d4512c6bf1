package ziping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ziping.api.Batch;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.api.Ziping;
import ziping.report.Format;
import ziping.report.Lang;
import ziping.report.ResultSink;
import ziping.testing.HostileInputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every input that stalled a batch or did harm (issue 10), with the samples: each is reported within its budget plus
 * a second, the batch finishes with every sample's findings, and every format renders every result.
 */
class HostileBatchTest {
    private static final Duration BUDGET = Duration.ofSeconds(2);
    private static final String TOO_DEEP = "page 1 too complex: form XObjects nested more than 16 deep";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path hostile;
    /** File name → the status and error it must get ("ZP001" for a form read with an unreadable cell). */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void makeInputs() throws Exception {
        hostile = Files.createDirectories(dir.resolve("hostile"));
        try (Stream<Path> committed = Files.list(HostileInputs.COMMITTED)) {
            for (Path p : committed.toList()) {
                Files.copy(p, hostile.resolve(p.getFileName()));
            }
        }
        HostileInputs.writeBig(hostile);
        // PDFBox's classes and fonts are loaded once, before any file is timed
        new Ziping(Ziping.Options.defaults()).check(HostileInputs.SAMPLE_PDF);
        Files.writeString(hostile.resolve("decimals-150.txt"), HostileInputs.longDecimals(150));
        EXPECTED.put("escapes.txt", "ok");
        EXPECTED.put("flate-bomb.pdf", "unreadable: page 1 too complex: content inflates to more than 32 MB (a Flate bomb?)");
        EXPECTED.put("long-decimals.txt", "ok ZP001");
        EXPECTED.put("rotate-180.pdf", "ok");
        EXPECTED.put("self-drawing-xobject.pdf", "unreadable: " + TOO_DEEP);
        EXPECTED.put("xobject-fan-out.pdf", "unreadable: " + TOO_DEEP);
        EXPECTED.put("xobject-chain-5000.pdf", "unreadable: " + TOO_DEEP);
        EXPECTED.put("glyphs-400000.pdf", "unreadable: page 1 too complex: more than 100000 glyphs");
        EXPECTED.put("one-character-lines.txt", "no_form");
        EXPECTED.put("million-digits.txt", "ok ZP001");
        EXPECTED.put("decimals-150.txt", "ok");
        if (new ProcessBuilder("mkfifo", fifo().toString()).start().waitFor() == 0) {
            EXPECTED.put("../fifo.txt", "unreadable: not a regular file (a folder, FIFO or device)");
        }
    }

    /** A FIFO named *.txt, outside the folder: a folder's listing skips it, an argument names it. */
    private static Path fifo() {
        return dir.resolve("fifo.txt");
    }

    /** The hostile folder, the FIFO when mkfifo made one, and the samples. */
    private static List<String> batch() {
        return Files.exists(fifo()) ? List.of(hostile.toString(), fifo().toString(), "samples")
                : List.of(hostile.toString(), "samples");
    }

    private static String outcome(FileResult r) {
        if (r.status() == FileStatus.UNREADABLE) {
            return "unreadable: " + r.error();
        }
        boolean unreadableCell = r.forms().stream().flatMap(d -> d.findings().stream())
                .anyMatch(f -> f.rule().equals("ZP001"));
        return r.status().id() + (unreadableCell ? " ZP001" : "");
    }

    @Test
    void eachHostileFileIsReportedWithinItsBudgetPlusASecond() throws InterruptedException {
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            List<FileResult> out = new ArrayList<>();
            long start = System.nanoTime();

            new Batch(1, BUDGET).run(List.of(hostile.resolve(e.getKey()).normalize()), ziping::check, out::add);

            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < BUDGET.toMillis() + 1000, e.getKey() + " took " + millis + " ms");
            assertEquals(e.getValue(), outcome(out.get(0)), e.getKey());
        }
    }

    @Test
    void aBatchOfTheHostileFilesAndTheSamplesFinishesWithEverySamplesFindings() throws IOException {
        Path out = dir.resolve("out.json");
        long start = System.nanoTime();

        List<String> args = new ArrayList<>(List.of("check", "--jobs", "1", "--file-timeout", "2s", "--quiet",
                "-o", out.toString()));
        args.addAll(batch());
        int exit = Main.run(args.toArray(String[]::new));

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 15_000, "the batch took " + millis + " ms");
        assertEquals(ExitCodes.UNREADABLE_INPUT, exit);
        JsonNode files = JSON.readTree(out.toFile()).get("files");
        assertEquals(EXPECTED.size() + 4, files.size());     // the hostile files, the FIFO when made, the samples
        Path alone = dir.resolve("samples.json");
        Main.run(new String[]{"check", "--quiet", "samples", "-o", alone.toString()});
        JsonNode samples = JSON.readTree(alone.toFile()).get("files");
        for (int i = 0; i < 4; i++) {
            assertEquals(samples.get(i), files.get(EXPECTED.size() + i));
        }
    }

    @Test
    void everyFormatRendersEveryResultAndTheyAgree() throws Exception {
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        List<FileResult> results = new ArrayList<>();
        new Batch(2, BUDGET).run(Ziping.expand(batch()), ziping::check, results::add);
        long findings = results.stream().flatMap(r -> r.forms().stream()).mapToLong(d -> d.findings().size()).sum();
        long notOk = results.stream().filter(r -> r.status() != FileStatus.OK).count();

        JsonNode json = JSON.readTree(render(Format.JSON, results));
        assertEquals(findings, json.get("summary").get("findings").asLong());
        assertEquals(results.size(), json.get("files").size());
        String[] lines = render(Format.JSONL, results).split("\n");
        assertEquals(results.size(), lines.length);
        for (String line : lines) {
            JSON.readTree(line);
        }
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(render(Format.CSV, results))).getRecords();
        assertEquals(1 + findings + notOk, rows.size());
        String table = render(Format.TABLE, results);
        assertTrue(table.contains("findings: " + findings + " "), table.substring(table.length() - 200));
        for (String text : List.of(table, render(Format.CSV, results))) {
            assertFalse(text.chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x9B), "a control character");
        }
    }

    @Test
    void aDecimalTooLongForAJsonNumberIsWrittenAsAString() throws Exception {
        FileResult r = new Ziping(Ziping.Options.defaults()).check(hostile.resolve("decimals-150.txt"));

        JsonNode funding = JSON.readTree(render(Format.JSON, List.of(r))).get("files").get(0).get("forms").get(0)
                .get("funding").get(0).get("score");
        assertTrue(funding.get("value").isTextual(), funding.toString());
        assertEquals("9." + "4".repeat(149) + "7", funding.get("value").asText());
        DocumentResult doc = r.forms().get(0);
        assertEquals(doc.findings().size(), JSON.readTree(render(Format.JSON, List.of(r))).get("summary")
                .get("findings").asInt());
    }

    private static String render(Format format, List<FileResult> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSink sink = format.open(out, StandardCharsets.UTF_8, Lang.EN);
        sink.begin();
        for (FileResult r : results) {
            sink.accept(r);
        }
        sink.end();
        return out.toString(StandardCharsets.UTF_8);
    }
}
