package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.util.List;
import java.util.Objects;

/**
 * The rows of one form, with what covers each place: a cell that starts in the row, or one merged down from a row
 * above (its row span reaches the row).
 */
final class FormRows {
    private final List<GridRow> rows;

    FormRows(List<GridRow> rows) {
        this.rows = rows;
    }

    int size() {
        return rows.size();
    }

    GridRow get(int index) {
        return rows.get(index);
    }

    /** A cell at a place, and whether it was merged down from a row above. */
    record Placed(GridCell cell, boolean fromAbove) {
    }

    /** Whether row {@code index} is the first table row of its page (a merged cell cut by the break reopens there). */
    boolean opensPage(int index) {
        GridRow row = rows.get(index);
        for (int i = index - 1; i >= 0; i--) {
            GridRow above = rows.get(i);
            if (above.inTable()) {
                return !Objects.equals(above.page(), row.page());
            }
        }
        return true;
    }

    /** The cell of row {@code index} that covers {@code column}, starting there or merged down; null if none. */
    Placed at(int index, int column) {
        GridRow row = rows.get(index);
        GridCell here = covering(row, column);
        if (here != null) {
            return new Placed(here, false);
        }
        for (int i = index - 1, distance = 1; i >= 0; i--, distance++) {
            GridRow above = rows.get(i);
            if (above.table() != row.table()) {
                return null;
            }
            GridCell cell = covering(above, column);
            if (cell != null) {
                return cell.rowSpan() > distance ? new Placed(cell, true) : null;
            }
        }
        return null;
    }

    /** The cell of a row that covers a column, or null. */
    static GridCell covering(GridRow row, int column) {
        for (GridCell cell : row.cells()) {
            if (cell.column() <= column && column <= cell.lastColumn()) {
                return cell;
            }
        }
        return null;
    }
}
