package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Indicator;
import ziping.model.Severity;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed texts that pdfminer.six printed with its default layout ({@link FlowText}): the generated LibreOffice
 * and Chromium PDFs (src/test/resources/gen/PRODUCER/text/pdfminer) and two forms of the corpora
 * (src/test/resources/gen/pdfminer-default). Every form is found; where its rows are as many as the truth's, every
 * row not reported in doubt (ZP007) or unreadable (ZP001) reads as its truth (a placeholder reason, {@code /}, is not
 * read: pdfminer prints it where no row can be told), and where they are not (names cut into fragments by a large
 * font), every row is reported; no clean form raises an error and an injected form no error but its own.
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
        for (String seed : List.of("8080", "120517")) {
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
        List<Integer> unsure = read.findings().stream()
                .filter(f -> "ZP007".equals(f.rule()) || "ZP001".equals(f.rule()) && f.row() != null)
                .map(Finding::row).distinct().toList();
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
            if (!ValueParser.isPlaceholder(want.get("reason").asText())) {
                same(wrong, i + " reason", want.get("reason"), got.reason());
            }
        }
        assertEquals(List.of(), wrong);
        List<String> errors = read.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).toList();
        JsonNode injected = truth.get("injected");
        if (injected.isNull()) {
            assertEquals(List.of(), errors);
        } else {
            assertTrue(errors.stream().allMatch(injected.get("rule").asText()::equals), "other errors: " + errors);
        }
    }

    private static void same(List<String> wrong, String field, JsonNode want, String got) {
        String expected = want == null || want.isNull() ? "" : want.asText();
        if (!expected.equals(got == null ? "" : got)) {
            wrong.add(field + ": expected '" + expected + "' got '" + got + "'");
        }
    }
}
