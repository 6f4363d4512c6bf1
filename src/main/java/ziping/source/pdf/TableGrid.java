package ziping.source.pdf;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;

/**
 * One ruled table: the distinct x of its vertical rulings and y of its horizontal rulings make a grid of boxes;
 * two neighbouring boxes belong to the same cell when no ruling separates them (a merged cell).
 */
final class TableGrid {
    /**
     * A form's table has a few hundred boxes; a grid of more is refused, since merging boxes takes time in the
     * boxes times the rulings (a page of 1,000 × 1,000 boxes took half a minute).
     */
    static final int MAX_BOXES = 10_000;
    private final double[] xs;
    private final double[] ys;
    private final List<Ruling> horizontals;
    private final List<Ruling> verticals;
    private final Cell[][] cells;

    TableGrid(List<Ruling> horizontals, List<Ruling> verticals) {
        this.horizontals = horizontals;
        this.verticals = verticals;
        this.xs = distinctPositions(verticals);
        this.ys = distinctPositions(horizontals);
        if ((long) rowCount() * columnCount() > MAX_BOXES) {
            throw new PageLimitException("a ruled table of " + rowCount() + " × " + columnCount()
                    + " boxes (at most " + MAX_BOXES + ")");
        }
        this.cells = buildCells();
    }

    double left() {
        return xs[0];
    }

    double right() {
        return xs[xs.length - 1];
    }

    double rowTop(int row) {
        return ys[row];
    }

    int rowCount() {
        return ys.length - 1;
    }

    int columnCount() {
        return xs.length - 1;
    }

    Rectangle2D bounds() {
        return box(0, ys.length - 1, 0, xs.length - 1);
    }

    Rectangle2D bounds(Cell cell) {
        return box(cell.firstRow(), cell.lastRow() + 1, cell.firstColumn(), cell.lastColumn() + 1);
    }

    private Rectangle2D box(int top, int bottom, int left, int right) {
        return new Rectangle2D.Double(xs[left], ys[top], xs[right] - xs[left], ys[bottom] - ys[top]);
    }

    boolean contains(double x, double y) {
        return left() <= x && x <= right() && ys[0] <= y && y <= ys[ys.length - 1];
    }

    /** The cell that holds a point inside the table. */
    Cell cellAt(double x, double y) {
        return cells[indexOf(ys, y)][indexOf(xs, x)];
    }

    Cell cell(int row, int column) {
        return cells[row][column];
    }

    private static int indexOf(double[] bounds, double value) {
        int found = Arrays.binarySearch(bounds, value);
        int index = found >= 0 ? found : -found - 2;
        return Math.max(0, Math.min(index, bounds.length - 2));
    }

    private static double[] distinctPositions(List<Ruling> rulings) {
        return rulings.stream().mapToDouble(Ruling::position).distinct().sorted().toArray();
    }

    private Cell[][] buildCells() {
        int rows = rowCount();
        int columns = columnCount();
        DisjointSets boxes = new DisjointSets(rows * columns);
        for (int r = 0; r < rows; r++) {
            PageLimitException.checkInterrupt();
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !separated(verticals, xs[c + 1], ys[r], ys[r + 1])) {
                    boxes.union(r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !separated(horizontals, ys[r + 1], xs[c], xs[c + 1])) {
                    boxes.union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        return cellsOfGroups(boxes, rows, columns);
    }

    private static Cell[][] cellsOfGroups(DisjointSets boxes, int rows, int columns) {
        int size = rows * columns;
        int[][] extent = new int[size][];
        for (int box = 0; box < size; box++) {
            int root = boxes.find(box);
            int r = box / columns;
            int c = box % columns;
            int[] e = extent[root];
            extent[root] = e == null ? new int[] {r, r, c, c}
                    : new int[] {Math.min(e[0], r), Math.max(e[1], r), Math.min(e[2], c), Math.max(e[3], c)};
        }
        Cell[] byRoot = new Cell[size];
        Cell[][] result = new Cell[rows][columns];
        for (int box = 0; box < size; box++) {
            int root = boxes.find(box);
            if (byRoot[root] == null) {
                int[] e = extent[root];
                byRoot[root] = new Cell(e[0], e[1], e[2], e[3]);
            }
            result[box / columns][box % columns] = byRoot[root];
        }
        return result;
    }

    /** True when a ruling at {@code position} runs across the middle of the box side {@code from}..{@code to}. */
    private static boolean separated(List<Ruling> rulings, double position, double from, double to) {
        double middle = (from + to) / 2;
        return rulings.stream().anyMatch(r -> r.position() == position && r.covers(middle, 0));
    }
}
