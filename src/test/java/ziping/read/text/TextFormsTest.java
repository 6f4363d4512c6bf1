package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Which reading of a text input is taken: the rebuilt grid where it is whole, else the line parser's. */
class TextFormsTest {

    @Test
    void readsAWholeFormFromPrintedPositions() throws Exception {
        SourceText text = TextGridsTest.text("/text/lo-pdftotext/f017.txt");
        List<ParsedForm> forms = TextForms.read(text);
        assertEquals(1, forms.size());
        assertEquals(List.of(), forms.get(0).problems());
        TextGridsTest.assertForm(TextGridsTest.truthOf("f017"), forms.get(0).form());
        assertNotEquals(FormParser.parse(text), forms, "the line parser reads it otherwise");
    }

    @Test
    void keepsTheLineParserWhereThePositionsDoNotAddUp() throws Exception {
        SourceText text = TextGridsTest.text("/text/lo-pdftotext/f003.txt");
        assertEquals(FormParser.parse(text), TextForms.read(text));
    }
}
