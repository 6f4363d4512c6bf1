package ziping.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.api.Ziping;
import ziping.model.Form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated forms of the seeds' template printed by two producers (src/test/resources/gen: LibreOffice from xlsx,
 * Chromium from HTML; made by src/test/fixtures/gen/make_fixtures.py): each PDF reads as its truth, every field, and
 * its checks find the injected error and no error-level finding on a clean form.
 */
class GeneratedPdfFormsTest {
    private static final Path ROOT = Path.of("src/test/resources/gen");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    static Stream<Arguments> forms() throws IOException {
        List<Arguments> forms = new ArrayList<>();
        for (String producer : List.of("lo", "chromium")) {
            for (JsonNode truth : MAPPER.readTree(ROOT.resolve(producer).resolve("truth.json").toFile())) {
                forms.add(Arguments.of(producer, truth.get("file").asText(), truth));
            }
        }
        return forms.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forms")
    void everyFieldReadsAsPrinted(String producer, String file, JsonNode truth) {
        FileResult result = ZIPING.check(ROOT.resolve(producer).resolve(file + ".pdf"));
        assertEquals(FileStatus.OK, result.status(), result.error());
        assertEquals(1, result.forms().size());
        Form form = ((FormResult) result.forms().get(0)).form();

        assertEquals(List.of(), TruthFields.wrong(truth, form));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forms")
    void theInjectedErrorIsFoundAndACleanFormRaisesNoError(String producer, String file, JsonNode truth) {
        FormResult form = (FormResult) ZIPING.check(ROOT.resolve(producer).resolve(file + ".pdf")).forms().get(0);
        assertEquals(List.of(), TruthFields.unexplainedErrors(truth, form.findings()));
        JsonNode injected = truth.get("injected");
        if (!injected.isNull()) {
            String rule = injected.get("rule").asText();
            assertTrue(form.findings().stream().anyMatch(f -> f.rule().equals(rule)), rule + " not found");
        }
        assertTrue(form.complete(), "skipped: " + form.skipped());
    }
}
