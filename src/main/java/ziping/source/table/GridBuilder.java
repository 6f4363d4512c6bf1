package ziping.source.table;

import java.util.ArrayList;
import java.util.List;

import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;

/**
 * Collects a document's rows in reading order: lines outside tables as they come, and tables, numbered from 0 in the
 * order they are opened, each built by its {@link TableBuilder} when the next row or table comes. A row without a
 * line number of its own gets its 1-based position among the grid's rows.
 */
public final class GridBuilder {
    private final String path;
    private final List<GridRow> rows = new ArrayList<>();
    private TableBuilder open;
    private int tables;

    public GridBuilder(String path) {
        this.path = path;
    }

    /**
     * A line outside tables; its fields (each as {@link CellText#lines} gives them) become its cells; {@code line}
     * null for the next position.
     */
    public void line(List<List<String>> fields, Integer line, Integer page) {
        closeTable();
        List<GridCell> cells = new ArrayList<>(fields.size());
        for (List<String> lines : fields) {
            if (!lines.isEmpty()) {
                cells.add(new GridCell(cells.size(), 1, 1, lines, null));
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new GridRow(GridRow.NO_TABLE, line == null ? rows.size() + 1 : line, page, cells));
        }
    }

    /** A line outside tables at the next position, without a page. */
    public void line(List<String> lines) {
        line(List.of(lines), null, null);
    }

    /** Opens the next table; its cells are placed on the builder returned. */
    public TableBuilder table() {
        closeTable();
        open = new TableBuilder(tables);
        return open;
    }

    public Grid build() {
        closeTable();
        return new Grid(path, rows);
    }

    private void closeTable() {
        if (open != null) {
            List<GridRow> tableRows = open.rows(rows.size() + 1);
            if (!tableRows.isEmpty()) {
                rows.addAll(tableRows);
                tables++;
            }
            open = null;
        }
    }
}
