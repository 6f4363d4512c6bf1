package ziping.read;

import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds grids for reader tests the way an HTML table is written: a row is its cells separated by {@code " ¦ "},
 * a cell may end in {@code @c3} (spans 3 columns) and/or {@code @r2} (spans 2 rows); cells are placed left to right
 * in the columns that no cell from a row above still covers. A line without {@code ¦} started by {@code "> "} is text
 * outside the table; {@code ---} starts a new table and {@code +++} a new page.
 */
final class TestGrid {
    private final List<GridRow> rows = new ArrayList<>();
    private final Map<Integer, Integer> coveredUntil = new HashMap<>();
    private int table;
    private int page = 1;

    static Grid of(String... lines) {
        TestGrid grid = new TestGrid();
        for (String line : lines) {
            grid.add(line);
        }
        return new Grid("test", grid.rows);
    }

    private void add(String line) {
        int number = rows.size() + 1;
        if (line.startsWith("> ")) {
            rows.add(new GridRow(GridRow.NO_TABLE, number, page, List.of(GridCell.of(0, line.substring(2)))));
            return;
        }
        if (line.equals("+++")) {
            page++;
            return;
        }
        if (line.equals("---")) {
            table++;
            coveredUntil.clear();
            return;
        }
        List<GridCell> cells = new ArrayList<>();
        int column = 0;
        for (String spec : line.split(" ¦ ", -1)) {
            while (coveredUntil.getOrDefault(column, 0) >= number) {
                column++;
            }
            String text = spec;
            int columns = 1;
            int rowSpan = 1;
            while (text.matches(".*@[cr]\\d+$")) {
                int at = text.lastIndexOf('@');
                int n = Integer.parseInt(text.substring(at + 2));
                if (text.charAt(at + 1) == 'c') {
                    columns = n;
                } else {
                    rowSpan = n;
                }
                text = text.substring(0, at);
            }
            text = text.strip();
            cells.add(new GridCell(column, columns, rowSpan, text.isEmpty() ? List.of() : List.of(text), null));
            for (int c = column; c < column + columns; c++) {
                coveredUntil.put(c, number + rowSpan - 1);
            }
            column += columns;
        }
        rows.add(new GridRow(table, number, page, cells));
    }
}
