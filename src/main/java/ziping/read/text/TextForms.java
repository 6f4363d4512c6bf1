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
 * form. Other text is read line by line ({@link FormParser}, the seeds' layout); where that finds no form or reports
 * parse findings and the text is printed box by box in rows (pdfminer's {@code -F disabled} order, {@link BoxText}),
 * the grid rebuilt from its boxes is read and taken where it finds as many forms. Text the line parser reads cleanly
 * is never converted, so it costs nothing more.
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
        List<ParsedForm> lines = FormParser.parse(text);
        if (!lines.isEmpty() && lines.stream().allMatch(form -> form.problems().isEmpty())
                || !Boxes.recognises(text)) {
            return lines;
        }
        List<TextRow> rows = BoxText.rows(text);
        if (rows == null) {
            return lines;
        }
        List<ParsedForm> boxes = FormReader.read(CellTable.build(text, rows));
        return !boxes.isEmpty() && boxes.size() >= lines.size() ? boxes : lines;
    }
}
