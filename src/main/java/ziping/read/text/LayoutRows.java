package ziping.read.text;

import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The grid rows read from layout text so far, each numbered by its table (block) and its line in the text. */
final class LayoutRows {
    private final SourceText text;
    private final List<GridRow> rows = new ArrayList<>();
    private int table = -1;

    LayoutRows(SourceText text) {
        this.text = text;
    }

    /** Starts the next table (block). */
    void nextTable() {
        table++;
    }

    int table() {
        return table;
    }

    /** Adds a row of the current table on a line (0-based). */
    void add(int line, List<GridCell> cells) {
        add(table, line, cells);
    }

    void add(int tableIndex, int line, List<GridCell> cells) {
        rows.add(new GridRow(tableIndex, line + 1, text.pageOf(line + 1), cells));
    }

    /** Adds a header row naming the columns. */
    void header(int line, List<LayoutColumn> columns) {
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(GridCell.of(c, columns.get(c).text()));
        }
        add(line, cells);
    }

    boolean samePage(int line, int other) {
        return Objects.equals(text.pageOf(line + 1), text.pageOf(other + 1));
    }

    List<GridRow> rows() {
        return rows;
    }
}
