package ziping.source.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ziping.source.UnreadableInputException;
import ziping.source.sheet.SheetCells.Cell;
import ziping.source.sheet.SheetCells.Merge;
import ziping.source.table.CellText;
import ziping.source.table.GridBuilder;
import ziping.source.table.TableBuilder;

/**
 * Lays one worksheet out as grid rows, top to bottom. Hidden rows and columns are left out (the grid holds what the
 * sheet shows and prints). A table is a run of rows with bordered cells, as a printed form's ruled table is; in a
 * sheet without any border every row with text belongs to one table. A table ends at a row with text but no border
 * or at a row with no cell at all that no merged range of the table covers. In a table every listed cell (with text
 * or a border) becomes a grid cell, a merged range one cell at its top left spanning its rows and columns; rows
 * outside tables list their cells with text left to right. Each row's line is its 1-based sheet row, its page the
 * 1-based sheet index.
 */
final class SheetLayout {

    private SheetLayout() {
    }

    static void addTo(GridBuilder grid, SheetCells sheet, int page) throws UnreadableInputException {
        TreeMap<Integer, List<Cell>> rows = new TreeMap<>();
        boolean anyBorder = false;
        for (Cell cell : sheet.cells) {
            if (!sheet.hiddenRows.get(cell.row()) && !sheet.hiddenColumns.get(cell.column())) {
                rows.computeIfAbsent(cell.row(), r -> new ArrayList<>()).add(cell);
                anyBorder |= cell.bordered();
            }
        }
        Merges merges = new Merges(sheet, rows);
        TableBuilder table = null;
        int lastTableRow = -1;
        int coveredTo = -1;
        for (Map.Entry<Integer, List<Cell>> entry : rows.entrySet()) {
            int r = entry.getKey();
            List<Cell> cells = entry.getValue();
            cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
            boolean inTable = !anyBorder || cells.stream().anyMatch(Cell::bordered);
            if (!inTable) {
                if (cells.stream().anyMatch(c -> !c.text().isEmpty())) {
                    table = null;
                    grid.line(fields(cells, merges, r), r + 1, page);
                }
                continue;
            }
            if (table == null || !continues(lastTableRow, r, coveredTo, sheet)) {
                table = grid.table();
                coveredTo = -1;
            }
            table.place(r, r + 1, page);
            for (Cell cell : cells) {
                Merge merge = merges.at(r, cell.column());
                if (merge == null) {
                    table.add(r, cell.column(), 1, 1, CellText.lines(cell.text()));
                } else if (merge.firstRow() == r && merge.firstColumn() == cell.column()) {
                    table.add(r, cell.column(), merge.lastRow() - r + 1, merge.lastColumn() - cell.column() + 1,
                            CellText.lines(cell.text()));
                    coveredTo = Math.max(coveredTo, merge.lastRow());
                }
            }
            lastTableRow = r;
        }
    }

    /** Whether a table row follows the table's last row with only hidden or merged-over rows between. */
    private static boolean continues(int lastTableRow, int row, int coveredTo, SheetCells sheet) {
        for (int between = lastTableRow + 1; between < row; between++) {
            if (between > coveredTo && !sheet.hiddenRows.get(between)) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> fields(List<Cell> cells, Merges merges, int row) {
        List<List<String>> fields = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            Merge merge = merges.at(row, cell.column());
            if (merge == null || merge.firstRow() == row && merge.firstColumn() == cell.column()) {
                fields.add(CellText.lines(cell.text()));
            }
        }
        return fields;
    }

    /**
     * The merged ranges over the rows that hold cells, by row, so a lookup costs only that row's ranges. A sheet
     * whose ranges cover rows more than {@value SheetCells#MAX_CELLS} times in all is too large for a form.
     */
    private static final class Merges {
        private final Map<Integer, List<Merge>> byRow = new HashMap<>();

        Merges(SheetCells sheet, TreeMap<Integer, List<Cell>> rows) throws UnreadableInputException {
            int entries = 0;
            for (Merge merge : sheet.merges) {
                for (Integer r : rows.subMap(merge.firstRow(), true, merge.lastRow(), true).keySet()) {
                    if (++entries > SheetCells.MAX_CELLS) {
                        throw new UnreadableInputException(sheet.tooLarge());
                    }
                    byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(merge);
                }
            }
        }

        Merge at(int row, int column) {
            for (Merge merge : byRow.getOrDefault(row, List.of())) {
                if (column >= merge.firstColumn() && column <= merge.lastColumn()) {
                    return merge;
                }
            }
            return null;
        }
    }
}
