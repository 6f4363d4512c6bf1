package ziping.parse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.source.SourceText;
import ziping.testing.Golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Text that other extractors print for the seed PDFs (src/test/resources/pdf) parses to the golden model of the seed
 * text, form by form and field by field; only spans (line numbers) differ.
 */
class ExtractorTextTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003"})
    void pdftotextLayoutGivesTheGoldenModel(String seed) throws IOException {
        assertEquals(List.of(), differences(seed, "pdftotext"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003"})
    void pdfboxTextGivesTheGoldenModel(String seed) throws IOException {
        assertEquals(List.of(), differences(seed, "pdfbox"));
    }

    static List<String> differences(String seed, String extractor) throws IOException {
        Path file = Path.of("src/test/resources/pdf", seed + "." + extractor + ".txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ParsedForm> parsed = FormParser.parse(new SourceText(file.toString(), lines, lines, List.of()));
        JsonNode actual = withoutSpans(MAPPER.readTree(
                MAPPER.writeValueAsString(parsed.stream().map(ParsedForm::form).toList())));
        ArrayNode expected = MAPPER.createArrayNode();
        MAPPER.readTree(Golden.DIR.resolve(seed + ".forms.json").toFile()).forEach(f -> expected.add(f.get("form")));
        List<String> diffs = new ArrayList<>();
        Golden.diff("$", withoutSpans(expected), actual, diffs);
        return diffs;
    }

    private static JsonNode withoutSpans(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("span");
        }
        node.forEach(ExtractorTextTest::withoutSpans);
        return node;
    }
}
