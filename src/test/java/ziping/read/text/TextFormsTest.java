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

    /**
     * PDFBox text of seed 71206 f001 (LibreOffice): the line parser reads the form without a finding but passes over
     * the funding rows whose labels it does not know (财政资金, and 上年结转 after a wrapped row), which made the funding
     * breakdown fail on a clean form; the form is read from the drawing order instead, every row kept.
     */
    @Test
    void aFundingRowTheLineParserPassesOverSendsTheTextToTheDrawingOrderReader() throws Exception {
        SourceText text = TextGridsTest.text("/text/goals/pdfbox-lo-71206-f001.txt");
        assertEquals(List.of("年度资金总额"), FormParser.parse(text).get(0).form().funding().stream()
                .map(r -> r.label()).filter(l -> !l.equals("其他资金")).toList());
        List<ParsedForm> forms = TextForms.read(text);
        assertEquals(FormReader.read(CellTable.build(text, StreamText.rows(text))), forms);
        assertEquals(List.of("年度资金总额 2146.441378 2125.022786", "财政资金 2075.570127 2054.991960", "上年结转 - -",
                        "其他资金 70.871251 70.030826"), forms.get(0).form().funding().stream()
                .map(r -> r.label() + " " + r.budget().raw() + " " + r.executed().raw()).toList());
        assertEquals(List.of(), forms.get(0).problems());
    }
}
