package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Indicator;
import ziping.read.TruthFields;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed PDFBox ({@code PDFTextStripper}) and PyMuPDF texts of the generated LibreOffice and Chromium PDFs
 * (src/test/resources/gen/PRODUCER/text/EXTRACTOR, made by src/test/fixtures/gen/make_fixtures.py) and the texts of
 * seed 8080's forms that earlier readings got wrong (src/test/resources/gen/stream, copied by
 * src/test/fixtures/stream/copy_fixtures.py): every indicator
 * row reads as its truth, or carries the unreadable 分值 and parse finding that say its division is ambiguous; no
 * clean form raises an error, and an injected error is found unless a parse finding skips its check.
 */
class StreamTextFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/gen");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    static Stream<Arguments> texts() throws IOException {
        List<Arguments> texts = new ArrayList<>();
        for (String producer : List.of("lo", "chromium")) {
            for (JsonNode truth : MAPPER.readTree(ROOT.resolve(producer).resolve("truth.json").toFile())) {
                for (String extractor : List.of("pymupdf", "pdfbox")) {
                    Path file = ROOT.resolve(producer).resolve("text").resolve(extractor)
                            .resolve(truth.get("file").asText() + ".txt");
                    if (Files.exists(file)) {
                        texts.add(Arguments.of(producer + "/" + extractor, file, truth));
                    }
                }
            }
        }
        Path stream = ROOT.resolve("stream");
        for (JsonNode truth : MAPPER.readTree(stream.resolve("truth.json").toFile())) {
            for (String set : List.of("lo-pymupdf", "lo-pdfbox", "chromium-pymupdf", "chromium-pdfbox")) {
                Path file = stream.resolve("text").resolve(set).resolve(truth.get("file").asText() + ".txt");
                if (Files.exists(file)) {
                    texts.add(Arguments.of(set, file, truth));
                }
            }
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("texts")
    void everyRowReadsAsPrintedOrSaysItCannot(String set, Path file, JsonNode truth) {
        FileResult result = ZIPING.check(file);
        assertEquals(FileStatus.OK, result.status(), result.error());
        assertEquals(1, result.forms().size());
        FormResult read = (FormResult) result.forms().get(0);
        Form form = read.form();
        assertEquals(truth.get("project").asText(), form.project());
        JsonNode rows = truth.get("indicators");
        assertEquals(rows.size(), form.indicators().size());
        List<Integer> unsure = read.findings().stream().filter(f -> "ZP007".equals(f.rule()))
                .map(Finding::row).toList();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator got = form.indicators().get(i);
            JsonNode want = rows.get(i);
            same(wrong, i + " weight", want.get("weight"), got.weight().raw());
            same(wrong, i + " score", want.get("score"), got.score().raw());
            if (unsure.contains(i)) {
                continue;
            }
            same(wrong, i + " name", want.get("name"), got.name());
            same(wrong, i + " target", want.get("target"), got.target().raw());
            same(wrong, i + " actual", want.get("actual"), got.actual().raw());
            same(wrong, i + " reason", want.get("reason"), got.reason());
        }
        assertEquals(List.of(), wrong);
        List<Integer> unreadable = read.findings().stream().filter(f -> "ZP001".equals(f.rule()))
                .map(Finding::row).toList();
        assertEquals(List.of(), unreadable, "a row in doubt keeps its 分值 and 得分, which read");
        assertTrue(unsure.size() * 4 <= rows.size(), "rows not read: " + unsure);
        if (file.startsWith(ROOT.resolve("stream"))) {
            assertEquals(List.of(), unsure, "every row of a text an earlier reading got wrong now reads");
        }
        assertEquals(List.of(), TruthFields.unexplainedErrors(truth, read.findings()));
    }

    private static void same(List<String> wrong, String field, JsonNode want, String got) {
        String expected = want == null || want.isNull() ? "" : want.asText();
        if (!expected.equals(got == null ? "" : got)) {
            wrong.add(field + ": expected '" + expected + "' got '" + got + "'");
        }
    }
}
