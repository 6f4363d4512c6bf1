package ziping.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ziping.api.FileResult;
import ziping.api.FileStatus;
import ziping.api.FormResult;
import ziping.api.Ziping;
import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Severity;

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

        List<String> wrong = new ArrayList<>();
        same(wrong, "year", truth.get("year"), form.year());
        same(wrong, "project", truth.get("project"), form.project());
        same(wrong, "department", truth.get("department"), form.department());
        same(wrong, "unit", truth.get("unit"), form.unit());
        JsonNode funding = truth.get("funding");
        assertEquals(funding.size(), form.funding().size(), "funding rows");
        for (int i = 0; i < funding.size(); i++) {
            JsonNode t = funding.get(i);
            FundingRow r = form.funding().get(i);
            same(wrong, "funding " + i + " label", label(t.get("label").asText()), r.label());
            same(wrong, "funding " + i + " role", t.get("role"), r.role().id());
            same(wrong, "funding " + i + " initialBudget", t.get("initialBudget"), raw(r.initialBudget()));
            same(wrong, "funding " + i + " budget", t.get("budget"), raw(r.budget()));
            same(wrong, "funding " + i + " executed", t.get("executed"), raw(r.executed()));
            same(wrong, "funding " + i + " weight", t.get("weight"), raw(r.weight()));
            same(wrong, "funding " + i + " rate", t.get("rate"), raw(r.rate()));
            same(wrong, "funding " + i + " score", t.get("score"), raw(r.score()));
        }
        JsonNode indicators = truth.get("indicators");
        assertEquals(indicators.size(), form.indicators().size(), "indicator rows");
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode t = indicators.get(i);
            Indicator r = form.indicators().get(i);
            same(wrong, "indicator " + i + " level1", t.get("level1"), r.level1());
            same(wrong, "indicator " + i + " level2", t.get("level2"), r.level2());
            same(wrong, "indicator " + i + " name", t.get("name"), r.name());
            same(wrong, "indicator " + i + " target", t.get("target"), raw(r.target()));
            same(wrong, "indicator " + i + " actual", t.get("actual"), raw(r.actual()));
            same(wrong, "indicator " + i + " weight", t.get("weight"), raw(r.weight()));
            same(wrong, "indicator " + i + " score", t.get("score"), raw(r.score()));
            same(wrong, "indicator " + i + " reason", t.get("reason"), r.reason());
        }
        same(wrong, "total weight", truth.get("total").get("weight"), raw(form.total().weight()));
        same(wrong, "total score", truth.get("total").get("score"), raw(form.total().score()));
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forms")
    void theInjectedErrorIsFoundAndACleanFormRaisesNoError(String producer, String file, JsonNode truth) {
        FormResult form = (FormResult) ZIPING.check(ROOT.resolve(producer).resolve(file + ".pdf")).forms().get(0);
        List<String> errors = form.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).toList();
        JsonNode injected = truth.get("injected");
        if (injected.isNull()) {
            assertEquals(List.of(), errors);
        } else {
            String rule = injected.get("rule").asText();
            assertTrue(form.findings().stream().anyMatch(f -> f.rule().equals(rule)), rule + " not found");
            assertTrue(errors.stream().allMatch(rule::equals), "other errors: " + errors);
        }
        assertTrue(form.complete(), "skipped: " + form.skipped());
    }

    private static void same(List<String> wrong, String field, JsonNode expected, String actual) {
        same(wrong, field, expected.isNull() ? null : expected.asText(), actual);
    }

    private static void same(List<String> wrong, String field, String expected, String actual) {
        String e = compact(expected);
        String a = compact(actual);
        if (!e.equals(a)) {
            wrong.add(field + ": expected '" + e + "' but read '" + a + "'");
        }
    }

    /** A funding label as the model keeps it: without 其中 and colons. */
    private static String label(String printed) {
        return printed.replaceFirst("^其中[:：]?", "").replaceFirst("[:：]$", "");
    }

    private static String raw(Figure f) {
        return f == null ? "" : f.raw();
    }

    private static String raw(Measure m) {
        return m == null ? "" : m.raw();
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
