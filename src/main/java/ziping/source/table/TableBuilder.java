package ziping.source.table;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

/**
 * Builds the rows of one grid table from cells placed by a source at (row, column) with their spans, in any order.
 * The columns are made canonical as a ruled PDF table's are: a column where no cell starts has no boundary of its
 * own and joins the column to its left. A row where no cell with text starts is dropped (the PDF path drops blank
 * rows too), and a cell spanning it spans one row less. Rows keep the line number and page the source gave them.
 */
public final class TableBuilder {
    private final int table;
    private final TreeMap<Integer, List<Placed>> rows = new TreeMap<>();
    private final TreeMap<Integer, int[]> places = new TreeMap<>();

    private record Placed(int row, int column, int rowSpan, int columnSpan, List<String> lines) {
    }

    TableBuilder(int table) {
        this.table = table;
    }

    /** Places a cell; {@code lines} as {@link CellText#lines} gives them. */
    public void add(int row, int column, int rowSpan, int columnSpan, List<String> lines) {
        rows.computeIfAbsent(row, r -> new ArrayList<>()).add(new Placed(row, column, rowSpan, columnSpan, lines));
    }

    /** The line number and page of a row (by default the row's position in the document and no page). */
    public void place(int row, int line, Integer page) {
        places.put(row, new int[] {line, page == null ? -1 : page});
    }

    List<GridRow> rows(int firstLine) {
        BitSet startColumns = new BitSet();
        BitSet keptRows = new BitSet();
        for (List<Placed> row : rows.values()) {
            for (Placed cell : row) {
                startColumns.set(cell.column);
                if (!cell.lines.isEmpty()) {
                    keptRows.set(cell.row);
                }
            }
        }
        List<GridRow> result = new ArrayList<>();
        int position = firstLine;
        for (List<Placed> row : rows.values()) {
            int r = row.get(0).row;
            if (!keptRows.get(r)) {
                continue;
            }
            row.sort((a, b) -> Integer.compare(a.column, b.column));
            List<GridCell> cells = new ArrayList<>(row.size());
            for (Placed cell : row) {
                int column = startColumns.get(0, cell.column).cardinality();
                int columnSpan = startColumns.get(cell.column, cell.column + cell.columnSpan).cardinality();
                int rowSpan = keptRows.get(r, r + cell.rowSpan).cardinality();
                cells.add(new GridCell(column, columnSpan, rowSpan, cell.lines, null));
            }
            int[] place = places.get(r);
            result.add(new GridRow(table, place == null ? position : place[0],
                    place == null || place[1] < 0 ? null : place[1], cells));
            position++;
        }
        return result;
    }
}
