package ziping.read.text;

import ziping.grid.Grid;
import ziping.source.SourceText;

/**
 * Rebuilds the grid of cells from extracted or copied text, by the converter of the text's family, chosen by what
 * the text looks like: rows of cells separated by {@code |} or TAB ({@link SeparatedText}), one cell a line as a
 * browser copies a table ({@link CellLines}). Null when no converter recognises the text; it is then read line by
 * line, and box-ordered or position-keeping text converted only where that fails ({@link TextForms}).
 */
public final class TextGrids {
    private TextGrids() {
    }

    public static Grid of(SourceText text) {
        char sep = SeparatedText.separator(text);
        if (sep != 0) {
            return CellTable.build(text, SeparatedText.rows(text, sep));
        }
        if (CellLines.recognises(text)) {
            return CellTable.build(text, CellLines.rows(text));
        }
        return null;
    }
}
