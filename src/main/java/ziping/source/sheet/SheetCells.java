package ziping.source.sheet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The cells of one worksheet as a reader found them, before layout: each cell's place, its text as shown and
 * whether it has a border; merged ranges; hidden rows and columns. At most {@value #MAX_CELLS} cells are read from a
 * sheet: a form has a few hundred, so a sheet with more is no form (the reader reports it as too large).
 */
final class SheetCells {
    static final int MAX_CELLS = 50_000;

    record Cell(int row, int column, String text, boolean bordered) {
    }

    record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    }

    final String name;
    final List<Cell> cells = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    final BitSet hiddenRows = new BitSet();
    final BitSet hiddenColumns = new BitSet();
    private int seen;

    SheetCells(String name) {
        this.name = name;
    }

    /**
     * Adds a cell (one without text or border is only counted); false when the sheet already had {@value #MAX_CELLS}
     * cells.
     */
    boolean add(int row, int column, String text, boolean bordered) {
        if (++seen > MAX_CELLS) {
            return false;
        }
        if (!text.isEmpty() || bordered) {
            cells.add(new Cell(row, column, text, bordered));
        }
        return true;
    }

    void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        merges.add(new Merge(firstRow, firstColumn, lastRow, lastColumn));
    }

    String tooLarge() {
        return "sheet '" + name + "' has more than " + MAX_CELLS + " cells: too large for a form";
    }
}
