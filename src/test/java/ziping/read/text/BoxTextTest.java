package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.parse.ParsedForm;
import ziping.source.SourceText;
import ziping.source.TextDecoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * pdfminer's text of generated PDFs printed with {@code -M 40 -F disabled} (boxes in the order of their bottom edge;
 * src/test/resources/gen, made by src/test/fixtures/gen/make_fixtures.py): read from its boxes ({@link BoxText}), every
 * field as the truth has it, or the row the text leaves in doubt read as a parse finding, never as a wrong value.
 */
class BoxTextTest {
    private static final Path ROOT = Path.of("src/test/resources/gen");

    @ParameterizedTest
    @CsvSource({"lo, f000", "lo, f001", "lo, f002", "chromium, f008", "chromium, f009", "chromium, f010"})
    void readsEveryField(String producer, String file) throws Exception {
        Path path = ROOT.resolve(producer).resolve("text/pdfminer-m40").resolve(file + ".txt");
        SourceText text = TextDecoder.decode(path.toString(), Files.readAllBytes(path));
        List<ParsedForm> forms = TextForms.read(text);
        assertEquals(1, forms.size());
        assertEquals(List.of(), wrong(truth(producer, file), forms.get(0).form()));
    }

    private static JsonNode truth(String producer, String file) throws Exception {
        for (JsonNode form : new ObjectMapper().readTree(ROOT.resolve(producer).resolve("truth.json").toFile())) {
            if (form.get("file").asText().equals(file)) {
                return form;
            }
        }
        throw new IllegalArgumentException(file);
    }

    private static List<String> wrong(JsonNode truth, Form form) {
        List<String> wrong = new ArrayList<>();
        same(wrong, "project", truth.get("project").asText(), form.project());
        same(wrong, "unit", truth.get("unit").asText(), form.unit());
        JsonNode funding = truth.get("funding");
        same(wrong, "funding rows", String.valueOf(funding.size()), String.valueOf(form.funding().size()));
        for (int i = 0; i < Math.min(funding.size(), form.funding().size()); i++) {
            JsonNode t = funding.get(i);
            FundingRow r = form.funding().get(i);
            String[] fields = {"initialBudget", "budget", "executed", "weight", "rate", "score"};
            Figure[] read = {r.initialBudget(), r.budget(), r.executed(), r.weight(), r.rate(), r.score()};
            for (int f = 0; f < fields.length; f++) {
                same(wrong, "funding " + i + " " + fields[f], t.get(fields[f]).asText(), raw(read[f]));
            }
        }
        JsonNode indicators = truth.get("indicators");
        same(wrong, "indicator rows", String.valueOf(indicators.size()), String.valueOf(form.indicators().size()));
        for (int i = 0; i < Math.min(indicators.size(), form.indicators().size()); i++) {
            JsonNode t = indicators.get(i);
            Indicator r = form.indicators().get(i);
            String at = "indicator " + i + " ";
            same(wrong, at + "level1", t.get("level1").asText(), r.level1());
            same(wrong, at + "level2", t.get("level2").asText(), r.level2());
            same(wrong, at + "name", t.get("name").asText(), r.name());
            same(wrong, at + "target", t.get("target").asText(), raw(r.target()));
            same(wrong, at + "actual", t.get("actual").asText(), raw(r.actual()));
            same(wrong, at + "weight", t.get("weight").asText(), raw(r.weight()));
            same(wrong, at + "score", t.get("score").asText(), raw(r.score()));
            same(wrong, at + "reason", t.get("reason").asText(), r.reason());
        }
        same(wrong, "total weight", truth.get("total").get("weight").asText(), raw(form.total().weight()));
        same(wrong, "total score", truth.get("total").get("score").asText(), raw(form.total().score()));
        return wrong;
    }

    private static void same(List<String> wrong, String field, String expected, String actual) {
        String e = expected.replaceAll("\\s+", "");
        String a = actual == null ? "" : actual.replaceAll("\\s+", "");
        if (!e.equals(a)) {
            wrong.add(field + ": expected '" + e + "' but read '" + a + "'");
        }
    }

    private static String raw(Figure f) {
        return f == null ? "" : f.raw();
    }

    private static String raw(Measure m) {
        return m == null ? "" : m.raw();
    }
}
