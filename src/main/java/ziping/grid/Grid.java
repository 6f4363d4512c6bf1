package ziping.grid;

import java.util.List;

/**
 * A document as a grid of cells: the rows of its tables and the lines of text around them, in reading order. It is
 * the one input of form reading, whatever the source (PDF, text, spreadsheet, Word, HTML); each source turns its
 * input into a grid and the form reader never sees the source. {@code path} names the input as given.
 */
public record Grid(String path, List<GridRow> rows) {

    public Grid {
        rows = List.copyOf(rows);
    }

    /** Whether any row belongs to a table (a grid of free text only has none). */
    public boolean hasTables() {
        for (GridRow row : rows) {
            if (row.inTable()) {
                return true;
            }
        }
        return false;
    }
}
