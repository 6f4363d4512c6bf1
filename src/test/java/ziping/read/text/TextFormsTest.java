package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.read.FormReader;
import ziping.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Which reading of a text input is taken: the grid rebuilt from printed positions where the text keeps them. */
class TextFormsTest {

    @Test
    void readsPositionPreservingTextFromItsLayoutGrid() throws Exception {
        SourceText text = TextGridsTest.text("/text/lo-pdftotext/f017.txt");
        List<ParsedForm> forms = TextForms.read(text);
        assertEquals(1, forms.size());
        assertEquals(FormReader.read(LayoutText.grid(text)), forms);
        assertNotEquals(FormParser.parse(text), forms, "the line parser reads it otherwise");
    }

    @Test
    void readsTextWithoutPrintedPositionsLineByLine() throws Exception {
        SourceText text = TextGridsTest.text("/text/lo-pdftotext/f003.txt");
        SourceText lines = new SourceText(text.path(), text.lines().stream().map(l -> l.strip().replaceAll(" +", " "))
                .toList(), text.rawLines(), text.pages());
        assertFalse(LayoutText.recognises(lines));
        assertEquals(FormParser.parse(lines), TextForms.read(lines));
    }
}
