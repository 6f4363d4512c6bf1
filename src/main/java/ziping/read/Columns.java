package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a block, each with the role its header text gives it through the lexicon ({@code target},
 * {@code weight} …). A body row's cell for a role is the one in the role's columns; in a table that is not the
 * header's (a page that did not join), the one whose box lies under the header cell.
 */
final class Columns {
    private final int table;
    private final Map<String, GridCell> byRole;

    private Columns(int table, Map<String, GridCell> byRole) {
        this.table = table;
        this.byRole = byRole;
    }

    /** The roles the cells of a header row take; an unknown header or block label takes none. */
    static Columns of(GridRow header, Map<String, List<String>> roles) {
        Map<String, GridCell> byRole = new LinkedHashMap<>();
        for (GridCell cell : header.cells()) {
            String role = CellRoles.of(roles, cell);
            if (role != null && !byRole.containsKey(role)) {
                byRole.put(role, cell);
            }
        }
        return new Columns(header.table(), byRole);
    }

    boolean has(String role) {
        return byRole.containsKey(role);
    }

    int size() {
        return byRole.size();
    }

    GridCell header(String role) {
        return byRole.get(role);
    }

    /** The first column the roles take (labels stand left of it). */
    int firstColumn() {
        int first = Integer.MAX_VALUE;
        for (GridCell cell : byRole.values()) {
            first = Math.min(first, cell.column());
        }
        return first;
    }

    /**
     * The column that holds a role in the table of row {@code index}: the header cell's column in the header's table;
     * in another table (a page whose table did not join the one before), the column of that table's cell lying under
     * the header cell; -1 when the role has no column there.
     */
    int columnAt(FormRows rows, int index, String role) {
        GridCell header = byRole.get(role);
        if (header == null) {
            return -1;
        }
        int rowTable = rows.get(index).table();
        if (rowTable == table || header.box() == null) {
            return header.column();
        }
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            if (row.table() == rowTable) {
                for (GridCell cell : row.cells()) {
                    if (cell.columnSpan() == 1 && cell.box() != null && under(cell, header)) {
                        return cell.column();
                    }
                }
            }
        }
        return -1;
    }

    /** Whether a cell lies under a header cell: they overlap over most of the narrower one's width. */
    private static boolean under(GridCell cell, GridCell header) {
        double overlap = Math.min(cell.box().right(), header.box().right())
                - Math.max(cell.box().left(), header.box().left());
        double narrower = Math.min(cell.box().right() - cell.box().left(), header.box().right() - header.box().left());
        return overlap > narrower / 2;
    }

    /** The roles in their left-to-right order. */
    List<String> roles() {
        return new ArrayList<>(byRole.keySet());
    }

    /**
     * The cell of {@code row} under the header cell of {@code role} (the one whose box overlaps it most when the row
     * belongs to another table); null when none.
     */
    GridCell cellIn(GridRow row, String role) {
        GridCell header = byRole.get(role);
        if (header == null) {
            return null;
        }
        if (row.table() == table || header.box() == null) {
            for (GridCell cell : row.cells()) {
                if (cell.column() <= header.lastColumn() && header.column() <= cell.lastColumn()) {
                    return cell;
                }
            }
            return null;
        }
        GridCell best = null;
        double bestOverlap = 0;
        for (GridCell cell : row.cells()) {
            if (cell.box() != null) {
                double overlap = Math.min(cell.box().right(), header.box().right())
                        - Math.max(cell.box().left(), header.box().left());
                if (overlap > bestOverlap) {
                    best = cell;
                    bestOverlap = overlap;
                }
            }
        }
        return best;
    }
}
