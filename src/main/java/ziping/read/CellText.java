package ziping.read;

import ziping.grid.GridCell;

/** The text of a value cell: a colon alone (a label's colon printed in a cell of its own) is no value. */
final class CellText {
    private CellText() {
    }

    static String value(GridCell cell) {
        String text = cell.text().strip();
        return text.equals(":") || text.equals("：") ? "" : text;
    }
}
