package ziping.parse;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The text {@code pdftotext -layout} prints for the seed PDFs (src/test/resources/pdf) parses to the golden model of
 * the seed text, form by form and field by field; only spans (line numbers) differ. (PDFBox's PDFTextStripper text
 * of the same PDFs, X.pdfbox.txt, is in drawing order and not yet read: see src/test/fixtures/pdf/README.md.)
 */
class ExtractorTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003"})
    void pdftotextLayoutGivesTheGoldenModel(String seed) throws IOException {
        assertGolden(seed, "pdftotext");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003"})
    void pdfboxTextStripperGivesTheGoldenModel(String seed) throws IOException {
        assertGolden(seed, "pdfbox");
    }

    private static void assertGolden(String seed, String extractor) throws IOException {
        Path file = Path.of("src/test/resources/pdf", seed + "." + extractor + ".txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ParsedForm> parsed = FormParser.parse(new SourceText(file.toString(), lines, lines, List.of()));
        List<String> diffs = new ArrayList<>();
        Golden.diff("$", Golden.withoutSpans(Golden.read(seed + ".forms.json")),
                Golden.withoutSpans(Golden.tree(parsed)), diffs);
        assertEquals(List.of(), diffs);
    }
}
