package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.read.TruthFields;
import ziping.parse.ValueParser;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed texts that pdfminer.six printed with its default layout ({@link FlowText}): the generated LibreOffice
 * and Chromium PDFs (src/test/resources/gen/PRODUCER/text/pdfminer) and forms of the corpora
 * (src/test/resources/gen/pdfminer-default). Every form is found; where its rows are as many as the truth's, every
 * row not reported in doubt (ZP007) or unreadable (ZP001) reads as its truth (a placeholder reason, {@code /} or
 * {@code 无}, is not read: pdfminer prints it where no row can be told), and where they are not (names cut into
 * fragments by a large font), every row is reported; no clean form raises an error and an injected form no error but
 * its own.
 */
class FlowTextFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/gen");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    static Stream<Arguments> texts() throws IOException {
        List<Arguments> texts = new ArrayList<>();
        for (String producer : List.of("lo", "chromium")) {
            add(texts, ROOT.resolve(producer), ROOT.resolve(producer).resolve("text/pdfminer"));
        }
        for (String seed : List.of("8080", "120517", "853109")) {
            Path dir = ROOT.resolve("pdfminer-default").resolve(seed);
            for (String set : List.of("lo-pdfminer", "chromium-pdfminer")) {
                add(texts, dir, dir.resolve("text").resolve(set));
            }
        }
        return texts.stream();
    }

    private static void add(List<Arguments> texts, Path dir, Path folder) throws IOException {
        for (JsonNode truth : MAPPER.readTree(dir.resolve("truth.json").toFile())) {
            Path file = folder.resolve(truth.get("file").asText() + ".txt");
            if (Files.exists(file)) {
                texts.add(Arguments.of(file, truth));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void everyRowReadsAsPrintedOrSaysItCannot(Path file, JsonNode truth) {
        FileResult result = ZIPING.check(file);
        assertEquals(FileStatus.OK, result.status(), result.error());
        assertEquals(1, result.forms().size());
        FormResult read = (FormResult) result.forms().get(0);
        Form form = read.form();
        assertEquals(truth.get("project").asText(), form.project());
        JsonNode rows = truth.get("indicators");
        List<Integer> unsure = unsureRows(read);
        if (rows.size() != form.indicators().size()) {
            assertEquals(form.indicators().size(), unsure.size(), "rows cut from fragments are all reported");
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rows.size() && rows.size() == form.indicators().size(); i++) {
            if (unsure.contains(i)) {
                continue;
            }
            Indicator got = form.indicators().get(i);
            JsonNode want = rows.get(i);
            same(wrong, i + " name", want.get("name"), got.name());
            same(wrong, i + " target", want.get("target"), got.target().raw());
            same(wrong, i + " actual", want.get("actual"), got.actual().raw());
            same(wrong, i + " weight", want.get("weight"), got.weight().raw());
            same(wrong, i + " score", want.get("score"), got.score().raw());
            if (!ValueParser.isPlaceholder(want.get("reason").asText()) && !"无".equals(want.get("reason").asText())) {
                same(wrong, i + " reason", want.get("reason"), got.reason());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), TruthFields.unexplainedErrors(truth, read.findings()));
    }

    /**
     * Rows whose target, actual, 分值 and 得分 pdfminer printed after a later row's name, one row's four after another
     * (853109 f001 from LibreOffice: rows 1 and 2 on page 1, 4 and 5 on page 2, 8 to 11 after their four names; f052
     * from Chromium: rows 3 to 5), are read, not left in doubt; f052's row 17 stays unreadable, its 分值 and 得分 printed
     * among the 总分 row's numbers. f001's injected ZP102 is found.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"lo-pdfminer/f001.txt, '', ZP102", "chromium-pdfminer/f052.txt, 17, ''"})
    void rowsPrintedAfterALaterNameAreReadFourByFour(String file, String unsure, String injected) {
        FileResult result = ZIPING.check(ROOT.resolve("pdfminer-default/853109/text").resolve(file));
        FormResult read = (FormResult) result.forms().get(0);
        assertEquals(unsure.isEmpty() ? List.of() : List.of(Integer.valueOf(unsure)), unsureRows(read));
        assertEquals(injected.isEmpty() ? List.of() : List.of(injected), read.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(Finding::rule).distinct().toList());
    }

    /** The indicator rows reported in doubt (ZP007) or with a cell that could not be read (ZP001). */
    private static List<Integer> unsureRows(FormResult read) {
        return read.findings().stream()
                .filter(f -> f.section() == Section.INDICATOR && ("ZP007".equals(f.rule()) || "ZP001".equals(f.rule())))
                .map(Finding::row).distinct().sorted().toList();
    }

    private static void same(List<String> wrong, String field, JsonNode want, String got) {
        String expected = want == null || want.isNull() ? "" : want.asText();
        if (!expected.equals(got == null ? "" : got)) {
            wrong.add(field + ": expected '" + expected + "' got '" + got + "'");
        }
    }
}
