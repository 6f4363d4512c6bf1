package ziping.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.testing.Golden;
import ziping.testing.Seeds;

import java.io.IOException;
import java.util.List;

/** The typed model of every seed form, field by field, against reviewed golden JSON. */
class FormParserGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
    void parsedModelMatchesGolden(String seed) throws IOException {
        List<ParsedForm> forms = FormParser.parse(Seeds.text(seed));
        Golden.assertMatches(seed.substring(0, 3) + ".forms.json", forms);
    }
}
