package ziping.source.pdf;

import java.awt.geom.Rectangle2D;
import java.util.Collections;
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
    private final List<Double> xs;
    private final List<Double> ys;
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
        return xs.get(0);
    }

    double right() {
        return xs.get(xs.size() - 1);
    }

    double rowTop(int row) {
        return ys.get(row);
    }

    int rowCount() {
        return ys.size() - 1;
    }

    int columnCount() {
        return xs.size() - 1;
    }

    Rectangle2D bounds() {
        return box(0, ys.size() - 1, 0, xs.size() - 1);
    }

    Rectangle2D bounds(Cell cell) {
        return box(cell.firstRow(), cell.lastRow() + 1, cell.firstColumn(), cell.lastColumn() + 1);
    }

    private Rectangle2D box(int top, int bottom, int left, int right) {
        return new Rectangle2D.Double(xs.get(left), ys.get(top), xs.get(right) - xs.get(left),
                ys.get(bottom) - ys.get(top));
    }

    boolean contains(double x, double y) {
        return left() <= x && x <= right() && ys.get(0) <= y && y <= ys.get(ys.size() - 1);
    }

    /** The cell that holds a point inside the table. */
    Cell cellAt(double x, double y) {
        return cells[indexOf(ys, y)][indexOf(xs, x)];
    }

    Cell cell(int row, int column) {
        return cells[row][column];
    }

    private static int indexOf(List<Double> bounds, double value) {
        int found = Collections.binarySearch(bounds, value);
        int index = found >= 0 ? found : -found - 2;
        return Math.max(0, Math.min(index, bounds.size() - 2));
    }

    private static List<Double> distinctPositions(List<Ruling> rulings) {
        return rulings.stream().map(Ruling::position).distinct().sorted().toList();
    }

    private Cell[][] buildCells() {
        int rows = rowCount();
        int columns = columnCount();
        DisjointSets boxes = new DisjointSets(rows * columns);
        for (int r = 0; r < rows; r++) {
            PageLimitException.checkInterrupt();
            for (int c = 0; c < columns; c++) {
                if (c + 1 < columns && !separated(verticals, xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
                    boxes.union(r * columns + c, r * columns + c + 1);
                }
                if (r + 1 < rows && !separated(horizontals, ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
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
