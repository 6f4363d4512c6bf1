package ziping.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Groups the fragments of table cells printed over several physical lines into rows. Each row has an anchor line
 * (the line holding its one-line cells, such as the numbers); a cell's lines are vertically centred on it, so a
 * wrapped cell runs above and below the anchor. Per column, a run of consecutive lines with text goes to the anchor
 * it contains; a run holding several anchors is shared line by line to the nearest one. A run without an anchor
 * continues the run just above it when one line lies between them that holds other columns' text and is no anchor,
 * and that run's last line is full (as long as the longest line of the cell so far, less two): the lines of a long
 * cell interleave with those of a cell of another column printed half a line apart. Any other run goes to the
 * nearest anchor (on a tie, to one whose cell is still empty).
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
            assign(runs(column), column, anchors, fragments, cells, c);
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

    /** Gives each run of column {@code c}, in order, to an anchor's cell. */
    private static void assign(List<List<Integer>> runs, TreeMap<Integer, String> column, List<Integer> anchors,
                               List<Fragment> fragments, List<List<TreeMap<Integer, String>>> cells, int c) {
        if (anchors.isEmpty()) {
            return;
        }
        int previousAnchor = -1;
        int longest = 0;
        List<Integer> previous = null;
        for (List<Integer> run : runs) {
            List<Integer> inside = new ArrayList<>();
            for (int a = 0; a < anchors.size(); a++) {
                if (run.contains(anchors.get(a))) {
                    inside.add(a);
                }
            }
            boolean continues = previous != null && continues(previous, run, column, anchors, fragments, longest);
            longest = continues ? longest : 0;
            for (int line : run) {
                longest = Math.max(longest, column.get(line).length());
            }
            for (int line : run) {
                int a = inside.size() == 1 ? inside.get(0)
                        : !inside.isEmpty() ? nearest(line, inside, anchors)
                        : continues ? previousAnchor : nearestTo(run, anchors, column);
                cells.get(a).get(c).put(line, column.get(line));
                previousAnchor = a;
            }
            previous = run;
        }
    }

    /** True if {@code run} continues {@code previous}: one line of other columns between, the last line full. */
    private static boolean continues(List<Integer> previous, List<Integer> run, TreeMap<Integer, String> column,
                                     List<Integer> anchors, List<Fragment> fragments, int longest) {
        int end = previous.get(previous.size() - 1);
        int gap = end + 1;
        return run.get(0) == end + 2 && !anchors.contains(gap)
                && fragments.stream().anyMatch(f -> f.line() == gap)
                && column.get(end).length() >= longest - 2;
    }

    private static int nearestTo(List<Integer> run, List<Integer> anchors, TreeMap<Integer, String> column) {
        double centre = (run.get(0) + run.get(run.size() - 1)) / 2.0;
        int best = 0;
        for (int a = 1; a < anchors.size(); a++) {
            if (closer(centre, a, best, anchors, column)) {
                best = a;
            }
        }
        return best;
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
