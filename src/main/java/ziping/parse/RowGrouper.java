package ziping.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Groups the fragments of table cells printed over several physical lines into rows. Each row has an anchor line
 * (the line holding its one-line cells, such as the numbers); a cell's lines are vertically centred on it, so a
 * wrapped cell runs above and below the anchor. Per column, a run of consecutive lines with text goes to the anchor
 * it contains, or, when it contains none, to the nearest anchor (on a tie, to one whose cell is still empty); a run
 * holding several anchors is shared line by line to the nearest one.
 */
final class RowGrouper {
    /** Text of one column on one line (line indices count every physical line, blank ones included). */
    record Fragment(int line, int column, String text) {
    }

    /** One table row: its anchor line, its cells (lines joined without a separator) and its first and last line. */
    record Row(int anchor, List<String> cells, int top, int bottom) {
    }

    private RowGrouper() {
    }

    static List<Row> group(List<Integer> anchors, List<Fragment> fragments, int columns) {
        List<List<TreeMap<Integer, String>>> cells = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            List<TreeMap<Integer, String>> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(new TreeMap<>());
            }
            cells.add(row);
        }
        for (int c = 0; c < columns; c++) {
            TreeMap<Integer, String> column = new TreeMap<>();
            for (Fragment f : fragments) {
                if (f.column() == c) {
                    column.merge(f.line(), f.text(), (x, y) -> x + " " + y);
                }
            }
            for (List<Integer> run : runs(column)) {
                assign(run, column, anchors, cells, c);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            int top = anchors.get(a);
            int bottom = top;
            List<String> texts = new ArrayList<>();
            for (TreeMap<Integer, String> cell : cells.get(a)) {
                texts.add(String.join("", cell.values()));
                if (!cell.isEmpty()) {
                    top = Math.min(top, cell.firstKey());
                    bottom = Math.max(bottom, cell.lastKey());
                }
            }
            rows.add(new Row(anchors.get(a), texts, top, bottom));
        }
        return rows;
    }

    private static List<List<Integer>> runs(TreeMap<Integer, String> column) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = null;
        for (int line : column.keySet()) {
            if (run == null || line != run.get(run.size() - 1) + 1) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(line);
        }
        return runs;
    }

    private static void assign(List<Integer> run, TreeMap<Integer, String> column, List<Integer> anchors,
                               List<List<TreeMap<Integer, String>>> cells, int c) {
        if (anchors.isEmpty()) {
            return;
        }
        List<Integer> inside = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            if (run.contains(anchors.get(a))) {
                inside.add(a);
            }
        }
        if (inside.size() == 1) {
            run.forEach(l -> cells.get(inside.get(0)).get(c).put(l, column.get(l)));
        } else if (inside.size() > 1) {
            run.forEach(l -> cells.get(nearest(l, inside, anchors)).get(c).put(l, column.get(l)));
        } else {
            double centre = (run.get(0) + run.get(run.size() - 1)) / 2.0;
            int best = -1;
            for (int a = 0; a < anchors.size(); a++) {
                if (best < 0 || closer(centre, a, best, anchors, column)) {
                    best = a;
                }
            }
            int chosen = best;
            run.forEach(l -> cells.get(chosen).get(c).put(l, column.get(l)));
        }
    }

    /** True if anchor {@code a} is nearer to {@code centre} than {@code best}, or as near and its cell is empty. */
    private static boolean closer(double centre, int a, int best, List<Integer> anchors,
                                  TreeMap<Integer, String> column) {
        double da = Math.abs(anchors.get(a) - centre);
        double db = Math.abs(anchors.get(best) - centre);
        if (da != db) {
            return da < db;
        }
        return column.containsKey(anchors.get(best)) && !column.containsKey(anchors.get(a));
    }

    private static int nearest(int line, List<Integer> candidates, List<Integer> anchors) {
        int best = candidates.get(0);
        for (int a : candidates) {
            if (Math.abs(anchors.get(a) - line) < Math.abs(anchors.get(best) - line)) {
                best = a;
            }
        }
        return best;
    }
}
