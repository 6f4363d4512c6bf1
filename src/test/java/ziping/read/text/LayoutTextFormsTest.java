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
import ziping.model.Severity;
import ziping.read.TruthFields;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code pdftotext -layout} text of generated forms printed by LibreOffice and by Chromium
 * (src/test/resources/gen/{lo,chromium}/text/pdftotext, made by src/test/fixtures/gen/make_fixtures.py with their
 * PDFs): each reads as one form whose fields are its truth but for the fields listed in
 * src/test/resources/gen/pdftotext-wrong.txt (what the layout reading still gets wrong, one line a field: a fix
 * removes its lines, a regression adds some), and a clean form raises no error-level finding.
 */
class LayoutTextFormsTest {
    private static final Path ROOT = Path.of("src/test/resources/gen");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    static Stream<Arguments> texts() throws IOException {
        List<Arguments> texts = new ArrayList<>();
        for (String producer : List.of("lo", "chromium")) {
            for (JsonNode truth : MAPPER.readTree(ROOT.resolve(producer).resolve("truth.json").toFile())) {
                Path text = ROOT.resolve(producer).resolve("text/pdftotext").resolve(truth.get("file").asText() + ".txt");
                if (Files.exists(text)) {
                    texts.add(Arguments.of(producer, truth.get("file").asText(), text, truth));
                }
            }
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("texts")
    void readsAsItsTruthButForTheListedFields(String producer, String file, Path text, JsonNode truth)
            throws IOException {
        FileResult result = ZIPING.check(text);
        assertEquals(FileStatus.OK, result.status(), result.error());
        assertEquals(1, result.forms().size());
        List<String> wrong = TruthFields.wrong(truth, ((FormResult) result.forms().get(0)).form());
        assertEquals(listed(producer + " " + file), wrong);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("texts")
    void aCleanFormRaisesNoError(String producer, String file, Path text, JsonNode truth) {
        FormResult form = (FormResult) ZIPING.check(text).forms().get(0);
        List<String> errors = form.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).toList();
        if (truth.get("injected").isNull()) {
            assertEquals(List.of(), errors);
        }
    }

    private static List<String> listed(String key) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("pdftotext-wrong.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith(key + " ")) {
                out.add(line.substring(key.length() + 1));
            }
        }
        return out;
    }
}
