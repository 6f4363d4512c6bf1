package ziping.api;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.source.SourceText;

/**
 * A grid as the cell-lines the text form parser reads, the same lines the PDF reader writes: a table row is one line
 * of tab-separated cell texts in column order, where a cell spanning rows from above reads "" (a cell spanning
 * columns appears once); a row outside tables is its fields joined by tabs. The bridge from grid sources to
 * {@code FormParser} until the grid form reader takes grids directly.
 */
final class GridText {

    private GridText() {
    }

    static SourceText of(Grid grid) {
        List<String> lines = new ArrayList<>(grid.rows().size());
        List<Integer> pages = new ArrayList<>(grid.rows().size());
        boolean paged = false;
        TreeMap<Integer, Integer> openUntil = new TreeMap<>();   // column of a cell spanning rows -> its last row
        int table = GridRow.NO_TABLE;
        int index = 0;
        for (GridRow row : grid.rows()) {
            if (row.table() != table) {
                openUntil.clear();
                table = row.table();
            }
            lines.add(row.inTable() ? tableLine(row, index, openUntil) : String.join("\t", texts(row.cells())));
            pages.add(row.page());
            paged |= row.page() != null;
            index++;
        }
        return new SourceText(grid.path(), lines, lines, paged ? pages : List.of());
    }

    private static String tableLine(GridRow row, int index, TreeMap<Integer, Integer> openUntil) {
        TreeMap<Integer, String> fields = new TreeMap<>();
        openUntil.forEach((column, lastRow) -> {
            if (lastRow >= index) {
                fields.put(column, "");
            }
        });
        for (GridCell cell : row.cells()) {
            fields.put(cell.column(), cell.text());
            if (cell.rowSpan() > 1) {
                openUntil.put(cell.column(), index + cell.rowSpan() - 1);
            } else {
                openUntil.remove(cell.column());
            }
        }
        return String.join("\t", fields.values());
    }

    private static List<String> texts(List<GridCell> cells) {
        return cells.stream().map(GridCell::text).toList();
    }
}
