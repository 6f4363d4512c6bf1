package ziping.fuzz;

import org.junit.jupiter.api.Test;
import ziping.api.Batch;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.api.Ziping;
import ziping.grid.Grid;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.parse.report.ReportParser;
import ziping.report.Format;
import ziping.report.Lang;
import ziping.report.ResultSink;
import ziping.rules.Auditor;
import ziping.rules.Profile;
import ziping.rules.report.ReportAuditor;
import ziping.read.FormReader;
import ziping.source.SourceDocument;
import ziping.source.SourceText;
import ziping.source.TextDecoder;
import ziping.source.UnreadableInputException;
import ziping.source.html.HtmlReader;
import ziping.source.office.OfficeReader;
import ziping.source.pdf.PdfReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded mutation fuzzer over the text, PDF, HTML and .xlsx readers, bounded in time (about 5 s each; longer or another seed
 * with {@code -Dziping.fuzz.millis=60000 -Dziping.fuzz.seed=7}). Seeds are the samples, the PDF fixtures and the
 * hostile inputs; mutants are made by byte flips, truncations, duplications, deletions and inserted tokens, and for
 * PDFs also by the same edits to a page's decoded content stream (so the content parser is reached, not only the
 * file parser). A mutant fails when reading it throws from ziping's code, hangs past {@link #BUDGET}, or cannot be
 * rendered in every format; it is written to {@code target/fuzz-crashes/}, and once fixed belongs in
 * {@code src/test/resources/fuzz/}, whose files {@link #everyKeptCrashStaysFixed} checks on every build.
 * <p>
 * Jazzer's JUnit integration ({@code com.code-intelligence:jazzer-junit}) resolves from Maven Central, but a plain
 * {@code mvn test} runs its {@code @FuzzTest}s only over their seed corpus (it fuzzes with {@code JAZZER_FUZZ=1},
 * one test per run), so this mutator is what fuzzes in CI.
 */
class ReaderFuzzTest {
    private static final long SEED = Long.getLong("ziping.fuzz.seed", 20_261_130L);
    private static final Duration TIME = Duration.ofMillis(Long.getLong("ziping.fuzz.millis", 5_000));
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final Path KEPT = Path.of("src/test/resources/fuzz");
    private static final Path CRASHES = Path.of("target/fuzz-crashes");
    private static final List<String> TEXT_TOKENS = List.of("\n", "\t", "\r\n", "\f", "续\n上\n页\n", "项目支出绩效自评表\n",
            "年度资金总额", "1,234.5", "≥", "≤", "%", "/", "—", "_", "9".repeat(40), "0.", "-", "（万元）", "总分",
            "\u001b[2J", "\uFEFF", "\u0000");
    private static final List<String> PDF_TOKENS = List.of(" ", "\n", "<<", ">>", "[", "]", "(", ")", " 0 R", "obj",
            "endobj", "stream\n", "endstream", "/Rotate 90", "999999999", "-1", "1e308", "q ", "Q ", "BT ", "ET ",
            " Tj ", " TJ ", " Td ", " cm ", " re ", " l ", " m ", " S ", " f ", " W n ", " Do ", "/F1 ", " Tf ");

    private static final List<String> HTML_TOKENS = List.of("<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>",
            "<th rowspan=\"3\">", "<td colspan=\"0\">", "<td rowspan=\"0\">", "<td colspan=\"99999\">", "<br>",
            "&nbsp;", "<p>", "</div>", "<script>", "<!--", "<meta charset=\"gbk\">", "<caption>", "项目支出绩效自评表",
            "年度资金总额", "总分", "\uFEFF", "\u0000");
    private static final List<String> SHEET_TOKENS = List.of("<row r=\"1048576\">", "</row>", "<c r=\"XFD1\">",
            "<c t=\"s\"><v>99999</v></c>", "<c t=\"inlineStr\"><is><t>总分</t></is></c>", "<v>1e308</v>",
            "<v>-0</v>", "<f>1/0</f>", "<f>SUM(A:A)</f>", "<mergeCell ref=\"A1:XFD1048576\"/>",
            "<mergeCell ref=\"B2:A1\"/>", " s=\"9999\"", " hidden=\"1\"", "</c>", "</sheetData>", "<", ">", "\"");

    private final Ziping ziping = new Ziping(Ziping.Options.defaults());

    @Test
    void textMutantsNeitherCrashNorHangNorFailToRender() throws Exception {
        List<byte[]> seeds = seeds(".txt");
        List<String> failures = fuzz(seeds, TEXT_TOKENS, false, new Random(SEED));
        assertEquals(List.of(), failures);
    }

    @Test
    void pdfMutantsNeitherCrashNorHangNorFailToRender() throws Exception {
        List<byte[]> seeds = seeds(".pdf");
        List<String> failures = fuzz(seeds, PDF_TOKENS, true, new Random(SEED + 1));
        assertEquals(List.of(), failures);
    }

    @Test
    void htmlMutantsNeitherCrashNorHangNorFailToRender() throws Exception {
        List<String> failures = fuzz(seeds(".html"), HTML_TOKENS, Mutator::mutate, ".html", new Random(SEED + 2));
        assertEquals(List.of(), failures);
    }

    /** Mutants of the first sheet's XML inside the seed workbooks, so the sheet reader is reached, not only the ZIP. */
    @Test
    void workbookSheetMutantsNeitherCrashNorHangNorFailToRender() throws Exception {
        List<String> failures = fuzz(seeds(".xlsx"), SHEET_TOKENS, ReaderFuzzTest::mutateSheet, ".xlsx",
                new Random(SEED + 3));
        assertEquals(List.of(), failures);
    }

    private static byte[] mutateSheet(byte[] xlsx, List<String> tokens, Random random) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        data = Mutator.mutate(data, tokens, random);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyKeptCrashStaysFixed() throws Exception {
        List<String> failures = new ArrayList<>();
        try (Stream<Path> kept = Files.list(KEPT)) {
            for (Path p : kept.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
                String failure = verdict(p.getFileName().toString(), Files.readAllBytes(p));
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private List<String> fuzz(List<byte[]> seeds, List<String> tokens, boolean pdf, Random random) throws Exception {
        return fuzz(seeds, tokens, pdf ? (seed, t, r) -> r.nextInt(3) == 0 ? Mutator.mutateContent(seed, t, r)
                : Mutator.mutate(seed, t, r) : Mutator::mutate, pdf ? ".pdf" : ".txt", random);
    }

    /** Makes a mutant of a seed. */
    private interface Mutation {
        byte[] apply(byte[] seed, List<String> tokens, Random random);
    }

    private List<String> fuzz(List<byte[]> seeds, List<String> tokens, Mutation mutation, String extension,
                              Random random) throws Exception {
        List<String> failures = new ArrayList<>();
        long end = System.nanoTime() + TIME.toNanos();
        int mutants = 0;
        while (System.nanoTime() < end && failures.size() < 5) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutant = mutation.apply(seed, tokens, random);
            String name = "mutant-" + SEED + "-" + mutants + extension;
            String failure = verdict(name, mutant);
            if (failure != null) {
                Files.createDirectories(CRASHES);
                Files.write(CRASHES.resolve(name), mutant);
                failures.add(failure + " (kept as " + CRASHES.resolve(name) + ")");
            }
            mutants++;
        }
        assertTrue(mutants > 0, "no mutant was tried");
        return failures;
    }

    /** Null when the input is read (or refused with a reason) in time and rendered in every format. */
    private String verdict(String name, byte[] bytes) throws InterruptedException {
        AtomicReference<Throwable> crash = new AtomicReference<>();
        List<FileResult> results = new ArrayList<>();
        new Batch(1, BUDGET).run(List.of(Path.of(name)), p -> {
            try {
                readDirectly(name, bytes);
                FileResult r = ziping.check(name, new ByteArrayInputStream(bytes));
                renderEverywhere(r);
                return r;
            } catch (Throwable t) {
                crash.set(t);
                return FileResult.unreadable(name, "crash");
            }
        }, results::add);
        if (crash.get() != null) {
            return name + ": " + crash.get();
        }
        FileResult r = results.get(0);
        if (r.status() == FileStatus.UNREADABLE && r.error().startsWith("time budget")) {
            return name + ": hangs (" + r.error() + ")";
        }
        return null;
    }

    /**
     * The readers without {@link Ziping}'s safety net, which turns any exception into an unreadable result: a
     * refusal ({@link UnreadableInputException}) is fine unless what it wraps was thrown by ziping's own code.
     */
    private static void readDirectly(String name, byte[] bytes) {
        try {
            if (name.endsWith(".html") || name.endsWith(".xlsx")) {
                Grid grid = name.endsWith(".html") ? HtmlReader.read(name, bytes)
                        : OfficeReader.read(name, bytes, null).grid();
                for (ParsedForm form : FormReader.read(grid)) {
                    new Auditor(Profile.DEFAULT).audit(form);
                }
                return;
            }
            SourceDocument document = name.endsWith(".pdf") ? PdfReader.read(name, bytes, null)
                    : SourceDocument.ofText(TextDecoder.decode(name, bytes));
            SourceText text = document.text();
            List<ParsedForm> forms = new ArrayList<>(FormParser.parse(text));
            if (document.grid() != null) {
                forms.addAll(FormReader.read(document.grid()));
            }
            for (ParsedForm form : forms) {
                new Auditor(Profile.DEFAULT).audit(form);
            }
            if (ReportParser.looksLikeReport(text)) {
                new ReportAuditor(Profile.DEFAULT).audit(ReportParser.parse(text));
            }
        } catch (UnreadableInputException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException && cause.getStackTrace().length > 0
                    && cause.getStackTrace()[0].getClassName().startsWith("ziping.")) {
                throw (RuntimeException) cause;
            }
        }
    }

    private static void renderEverywhere(FileResult r) throws IOException {
        for (Format format : Format.values()) {
            ResultSink sink = format.open(new ByteArrayOutputStream(), StandardCharsets.UTF_8, Lang.EN);
            sink.begin();
            sink.accept(r);
            sink.end();
        }
    }

    private static List<byte[]> seeds(String extension) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (Path folder : List.of(Path.of("samples"), Path.of("src/test/resources/pdf"),
                Path.of("src/test/resources/pdf/unit"), Path.of("src/test/resources/hostile"),
                Path.of("src/test/resources/office"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(p -> p.toString().endsWith(extension)).sorted().toList()) {
                    seeds.add(Files.readAllBytes(p));
                }
            }
        }
        return seeds;
    }
}
