package ziping.read.text;

import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.read.CellWords;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the cells of text rows in the columns of their block's header row and infers merged cells. Each block
 * header (funding, goals, indicators) opens a table whose columns are its cells. A body row with fewer cells than
 * the header lacks its leftmost ones, as a copy prints a merged cell once, in its first row: its cells are placed
 * right-aligned and each column it lacks extends the cell above it one row down. Where the row's first cell repeats
 * a label that a column further left holds (一级 printed on every row, 二级 merged), it goes to that column. Rows
 * above the first block header (header fields) keep their cells left-aligned.
 */
final class CellTable {
    private final List<Placed> placed = new ArrayList<>();
    private int table = -1;
    private Holder[] holders;

    private CellTable() {
    }

    /** A cell being built: its row span grows while rows below leave its column empty. */
    private static final class Holder {
        final int column;
        final String text;
        int rowSpan = 1;

        Holder(int column, String text) {
            this.column = column;
            this.text = text;
        }

        GridCell cell() {
            return new GridCell(column, 1, rowSpan, text.isEmpty() ? List.of() : List.of(text), null);
        }
    }

    private record Placed(int table, int line, List<Holder> cells) {
    }

    static Grid build(SourceText text, List<TextRow> rows) {
        CellTable t = new CellTable();
        for (TextRow row : rows) {
            t.add(row);
        }
        List<GridRow> grid = new ArrayList<>(t.placed.size());
        for (Placed p : t.placed) {
            grid.add(new GridRow(p.table, p.line, text.pageOf(p.line), p.cells.stream().map(Holder::cell).toList()));
        }
        return new Grid(text.path(), grid);
    }

    private void add(TextRow row) {
        List<String> cells = row.cells();
        if (!row.table()) {
            placed.add(new Placed(GridRow.NO_TABLE, row.line(), leftAligned(cells)));
            return;
        }
        if (CellWords.header(cells) != null) {
            table++;
            List<Holder> header = leftAligned(cells);
            holders = header.toArray(new Holder[0]);
            placed.add(new Placed(table, row.line(), header));
        } else if (holders == null || opensForm(cells)) {
            table += holders == null && table >= 0 ? 0 : 1;
            holders = null;
            placed.add(new Placed(table, row.line(), leftAligned(cells)));
        } else {
            placed.add(new Placed(table, row.line(), body(cells)));
        }
    }

    private static boolean opensForm(List<String> cells) {
        return !cells.isEmpty() && (CellWords.isHeaderField(cells.get(0)) || CellWords.isTitle(cells.get(0)));
    }

    private static List<Holder> leftAligned(List<String> cells) {
        List<Holder> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            out.add(new Holder(i, cells.get(i)));
        }
        return out;
    }

    private List<Holder> body(List<String> cells) {
        int width = holders.length;
        int n = Math.min(cells.size(), width);
        int first = width - n;
        List<Holder> out = new ArrayList<>(n);
        int from = cells.size() - n;
        if (first > 0 && n >= 2) {
            int repeated = repeatedLabel(cells.get(from), first);
            if (repeated >= 0) {
                out.add(new Holder(repeated, cells.get(from)));
                from++;
                first++;
            }
        }
        for (int i = from, column = first; i < cells.size(); i++, column++) {
            out.add(new Holder(column, cells.get(i)));
        }
        boolean[] covered = new boolean[width];
        for (Holder h : out) {
            covered[h.column] = true;
        }
        for (int c = 0; c < width; c++) {
            if (!covered[c] && holders[c] != null) {
                holders[c].rowSpan++;
            }
        }
        for (Holder h : out) {
            holders[h.column] = h;
        }
        return out;
    }

    /** The column left of {@code start} whose cell above holds {@code text}, or -1. */
    private int repeatedLabel(String text, int start) {
        if (text.isEmpty()) {
            return -1;
        }
        for (int c = 0; c < start; c++) {
            if (holders[c] != null && holders[c].text.equals(text)) {
                return c;
            }
        }
        return -1;
    }
}
