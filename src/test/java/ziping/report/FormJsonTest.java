package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.api.FormResult;
import ziping.api.Ziping;
import ziping.model.Form;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.testing.Golden;
import ziping.testing.Seeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written form JSON says exactly what Jackson's serialisation of the model records says. */
class FormJsonTest {
    private static ObjectNode written(Form form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new ResultJson(Lang.ZH).generator(out)) {
            g.writeStartObject();
            new FormJson(Lang.ZH).formFields(g, form);
            g.writeEndObject();
        }
        return (ObjectNode) Golden.parse(out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
    void everySeedFormIsWrittenAsItsRecords(String seed) throws IOException {
        List<ParsedForm> forms = FormParser.parse(Seeds.text(seed));
        for (ParsedForm parsed : forms) {
            ObjectNode written = written(parsed.form());

            assertEquals(ParsedForm.KIND, written.remove("kind").asText());
            Golden.assertSameTree(Golden.tree(parsed.form()), written);
        }
    }

    @Test
    void computedIsWrittenAsItsRecord() throws IOException {
        FormResult result = (FormResult) new Ziping(Ziping.Options.defaults()).check(Seeds.path(Seeds.S001))
                .forms().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new ResultJson(Lang.ZH).generator(out)) {
            g.writeStartObject();
            new FormJson(Lang.ZH).computed(g, result.computed());
            g.writeEndObject();
        }
        Golden.assertSameTree(Golden.tree(result.computed()),
                Golden.parse(out.toString(StandardCharsets.UTF_8)).get("computed"));
    }
}
