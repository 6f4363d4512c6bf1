package ziping.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Groups the fragments of table cells printed over several physical lines into rows. Each row has an anchor line
 * (the line holding its one-line cells, such as the numbers); a cell's lines are vertically centred on it, so a
 * wrapped cell runs above and below the anchor. Per column, consecutive lines with text form runs. Two runs are one
 * cell when a single line lies between them that holds other columns' text and is no anchor, and the upper run ends
 * in a full line (a wrapped line, as wide as the column's widest line, less about one CJK character): the lines of a
 * long cell interleave with those of a cell of another column printed half a line apart. A cell goes to the anchor
 * it contains (lines of a cell holding several go to the nearest of them); one containing none goes to the nearest
 * anchor, on a tie to one whose cell is still empty on its anchor line.
 */
final class RowGrouper {
    private static final int FULL_LINE_SLACK = 3;

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
            if (!anchors.isEmpty()) {
                for (List<Integer> cell : cells(column, anchors, fragments)) {
                    assign(cell, column, anchors, cells, c);
                }
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

    /** The lines of each cell of one column: runs of consecutive lines, joined where a cell continues. */
    private static List<List<Integer>> cells(TreeMap<Integer, String> column, List<Integer> anchors,
                                             List<Fragment> fragments) {
        int widest = column.values().stream().mapToInt(RowGrouper::width).max().orElse(0);
        List<List<Integer>> cells = new ArrayList<>();
        List<Integer> cell = null;
        int previous = Integer.MIN_VALUE;
        for (int line : column.keySet()) {
            int gap = previous + 1;
            boolean continues = line == previous + 1 || line == previous + 2 && !anchors.contains(gap)
                    && fragments.stream().anyMatch(f -> f.line() == gap)
                    && width(column.get(previous)) >= widest - FULL_LINE_SLACK;
            if (cell == null || !continues) {
                cell = new ArrayList<>();
                cells.add(cell);
            }
            cell.add(line);
            previous = line;
        }
        return cells;
    }

    private static void assign(List<Integer> cell, TreeMap<Integer, String> column, List<Integer> anchors,
                               List<List<TreeMap<Integer, String>>> cells, int c) {
        List<Integer> inside = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            if (cell.contains(anchors.get(a))) {
                inside.add(a);
            }
        }
        int chosen = inside.size() == 1 ? inside.get(0) : inside.isEmpty() ? nearestTo(cell, anchors, column) : -1;
        for (int line : cell) {
            int a = chosen >= 0 ? chosen : nearest(line, inside, anchors);
            cells.get(a).get(c).put(line, column.get(line));
        }
    }

    private static int nearestTo(List<Integer> cell, List<Integer> anchors, TreeMap<Integer, String> column) {
        double centre = (cell.get(0) + cell.get(cell.size() - 1)) / 2.0;
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

    /** Display width: CJK ideographs and full-width forms count two, other characters one. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean wide = Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                    || ch >= '\u3000' && ch <= '\u303F' || ch >= '\uFF00' && ch <= '\uFF60' || ch == '“' || ch == '”';
            w += wide ? 2 : 1;
        }
        return w;
    }
}
