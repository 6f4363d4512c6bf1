package ziping.source.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.read.FormReader;
import ziping.parse.ParsedForm;
import ziping.model.Form;
import ziping.testing.Golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For every seed form, the model read from the grid of its PDF (rendered by LibreOffice from a spreadsheet like the
 * real template, see src/test/fixtures/pdf) equals the model read from its text, field by field; only line spans
 * differ.
 * The golden files hold the text model.
 */
class PdfFormModelTest {

    @ParameterizedTest
    @CsvSource({"000, 1", "001, 1", "003, 14"})
    void pdfGivesTheSameModelAsTheText(String seed, int forms) throws Exception {
        List<ParsedForm> parsed = read(seed);
        assertEquals(forms, parsed.size());
        JsonNode fromPdf = Golden.tree(parsed);
        JsonNode fromText = Golden.read(seed + ".forms.json");
        List<String> diffs = new ArrayList<>();
        Golden.diff("$", Golden.withoutSpans(fromText), Golden.withoutSpans(fromPdf), diffs);
        assertEquals(List.of(), diffs);
    }

    @Test
    void formsAndRowsPointAtTheirPages() throws Exception {
        List<ParsedForm> forms = read("003");
        assertEquals(List.of(1, 3, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 20),
                forms.stream().map(p -> p.form().span().page()).toList());
        Form first = read("000").get(0).form();
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2),
                first.indicators().stream().map(i -> i.span().page()).toList());
        assertEquals(2, first.total().span().page());
    }

    private static List<ParsedForm> read(String seed) throws Exception {
        Path pdf = Path.of("src/test/resources/pdf", seed + ".pdf");
        return FormReader.read(PdfReader.read(pdf.toString(), Files.readAllBytes(pdf), null).grid());
    }

}
