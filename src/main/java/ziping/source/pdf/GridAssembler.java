package ziping.source.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.text.HanNormalizer;

/**
 * Builds the grid of a document from its stitched page rows. A table's columns are the distinct left and right
 * edges of its cells over all its pages (a page may lack a ruling another page has: the funding block's columns
 * are not the indicator block's), so a cell's column and span follow its edges, and the same column has the same
 * number on every page of the table. Lines outside tables become rows of their fields.
 */
final class GridAssembler {
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(int table, int line, int page, List<RowCell> cells) {
    }

    /** Adds a row of table {@code table} ({@link GridRow#NO_TABLE} outside tables), its cells left to right. */
    void add(int table, int line, int page, List<RowCell> cells) {
        pending.add(new Pending(table, line, page, cells));
    }

    Grid grid(String path) {
        int tables = 0;
        for (Pending row : pending) {
            tables = Math.max(tables, row.table() + 1);
        }
        double[][] edges = new double[tables][];
        for (int t = 0; t < tables; t++) {
            edges[t] = edges(t);
        }
        List<GridRow> rows = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Pending row = pending.get(i);
            rows.add(new GridRow(row.table(), row.line(), row.page(),
                    row.table() == GridRow.NO_TABLE ? fields(row.cells()) : cells(i, edges[row.table()])));
        }
        return new Grid(path, rows);
    }

    private static List<GridCell> fields(List<RowCell> cells) {
        List<GridCell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            RowCell cell = cells.get(i);
            out.add(new GridCell(i, 1, 1, lines(cell.text()), box(cell)));
        }
        return out;
    }

    private List<GridCell> cells(int index, double[] edges) {
        List<RowCell> cells = pending.get(index).cells();
        List<GridCell> out = new ArrayList<>(cells.size());
        for (RowCell cell : cells) {
            if (cell.continued()) {
                continue;
            }
            int first = indexOf(edges, cell.left());
            int last = Math.max(first, indexOf(edges, cell.right()) - 1);
            int rowSpan = cell.spansRows() ? 1 + continuedRows(index, cell) : 1;
            out.add(new GridCell(first, last - first + 1, rowSpan, lines(cell.text()), box(cell)));
        }
        return out;
    }

    /** How many rows after row {@code index} of the same table and page hold the lower part of a merged cell. */
    private int continuedRows(int index, RowCell cell) {
        Pending start = pending.get(index);
        int count = 0;
        for (int i = index + 1; i < pending.size(); i++) {
            Pending row = pending.get(i);
            if (row.table() != start.table() || row.page() != start.page() || !holdsContinuation(row, cell)) {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean holdsContinuation(Pending row, RowCell cell) {
        for (RowCell other : row.cells()) {
            if (other.continued() && other.box() != null && other.box().equals(cell.box())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        String normalized = HanNormalizer.normalizeChars(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized);
    }

    private static GridCell.Box box(RowCell cell) {
        Rectangle2D b = cell.box();
        return b == null ? null : new GridCell.Box(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }

    /** The distinct cell edges of one table, merged where they lie within the ruling tolerance. */
    private double[] edges(int table) {
        List<Double> xs = new ArrayList<>();
        for (Pending row : pending) {
            if (row.table() == table) {
                for (RowCell cell : row.cells()) {
                    xs.add(cell.left());
                    xs.add(cell.right());
                }
            }
        }
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] merged = new double[sorted.length];
        int n = 0;
        for (double x : sorted) {
            if (n == 0 || x - merged[n - 1] > Rulings.TOLERANCE) {
                merged[n++] = x;
            }
        }
        return Arrays.copyOf(merged, n);
    }

    private static int indexOf(double[] edges, double x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
                best = i;
            }
        }
        return best;
    }
}
