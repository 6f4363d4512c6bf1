package ziping.grid;

import java.util.List;

/**
 * One row of a grid: a row of a table, or a line of text outside tables.
 *
 * <p>{@code table} numbers the tables of the document from 0 (a table continued over a page break keeps its
 * number); it is {@link #NO_TABLE} for a line outside tables, whose cells are the line's fields left to right.
 * {@code line} is the 1-based number findings use to point at the row: the source line for text input, the row's
 * position in the document for sources without lines. {@code page} is 1-based, or null where the source has none.
 *
 * <p>A row lists the cells that <em>start</em> in it, left to right; a cell spanning rows appears once, in its first
 * row, and the columns it covers below are simply absent from the rows below.
 */
public record GridRow(int table, int line, Integer page, List<GridCell> cells) {
    public static final int NO_TABLE = -1;

    public GridRow {
        cells = List.copyOf(cells);
    }

    public boolean inTable() {
        return table != NO_TABLE;
    }

    /** The row's text, cells joined by a space: for finding titles and labels in lines outside tables. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (GridCell cell : cells) {
            String t = cell.text();
            if (!t.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    /** Whether no cell of the row holds text. */
    public boolean blank() {
        for (GridCell cell : cells) {
            if (!cell.text().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
