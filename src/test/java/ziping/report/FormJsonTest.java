package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.result.FormResult;
import ziping.api.Ziping;
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
    private interface Fields {
        void write(FormJson json, JsonGenerator g) throws IOException;
    }

    /** The object FormJson writes with {@code fields}, read back with exact decimals. */
    private static ObjectNode written(Fields fields) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new ResultJson(Lang.ZH).generator(out)) {
            g.writeStartObject();
            fields.write(new FormJson(Lang.ZH), g);
            g.writeEndObject();
        }
        return (ObjectNode) Golden.parse(out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
    void everySeedFormIsWrittenAsItsRecords(String seed) throws IOException {
        List<ParsedForm> forms = FormParser.parse(Seeds.text(seed));
        for (ParsedForm parsed : forms) {
            ObjectNode written = written((json, g) -> json.formFields(g, parsed.form()));

            assertEquals(ParsedForm.KIND, written.remove("kind").asText());
            Golden.assertSameTree(Golden.tree(parsed.form()), written);
        }
    }

    @Test
    void computedIsWrittenAsItsRecord() throws IOException {
        FormResult result = (FormResult) new Ziping(Ziping.Options.defaults()).check(Seeds.path(Seeds.S001))
                .forms().get(0);
        Golden.assertSameTree(Golden.tree(result.computed()),
                written((json, g) -> json.computed(g, result.computed())).get("computed"));
    }
}
