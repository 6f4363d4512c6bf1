package ziping.read.text;

import ziping.grid.Grid;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.read.FormReader;
import ziping.source.SourceText;

import java.util.List;

/**
 * The forms of a text input. Cell-separated text (copied tables) is read from its rebuilt grid. Text that keeps the
 * printed positions ({@code pdftotext -layout}: an indicator header whose words stand apart by runs of spaces, a
 * cheap look at the lines) is read from the grid rebuilt from the positions ({@link LayoutText}) where that finds a
 * form. Other text is read line by line ({@link FormParser}, the seeds' layout).
 */
public final class TextForms {
    private TextForms() {
    }

    public static List<ParsedForm> read(SourceText text) {
        Grid cells = TextGrids.of(text);
        if (cells != null) {
            List<ParsedForm> forms = FormReader.read(cells);
            if (!forms.isEmpty()) {
                return forms;
            }
        }
        if (LayoutText.recognises(text)) {
            List<ParsedForm> layout = FormReader.read(LayoutText.grid(text));
            if (!layout.isEmpty()) {
                return layout;
            }
        }
        return FormParser.parse(text);
    }
}
