package ziping.read.text;

import ziping.grid.GridCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 一级 or 二级 labels of an indicator table part in layout text, printed once in the middle of the rows they span:
 * runs of lines in the column, a wrapped label joined over a line between its parts until it reads as a whole label
 * (ends in 指标), a second values line starting a new label; each label covers a run of rows centred on it, the runs
 * following each other, chosen to centre all labels best (a label may cover none, at a cost, where its row was lost). Rows above the first label's run (a group going on from
 * the page before) keep the label above.
 */
final class LevelLabels {
    /** The most characters the wrapped end of a label holds (标, 指标): it joins the label above, values line or not. */
    private static final int LABEL_TAIL = 2;
    /** What leaving a row at the top of a table part without its own label costs, in lines off centre. */
    private static final double SKIPPED_ROW = 0.25;
    /**
     * What a label that covers no row costs, in lines off centre: its row's values line was not found (the row is
     * lost), so there are more labels than rows; the others still cover theirs.
     */
    private static final double LOST_ROW = 8;

    /** A label as printed: its text and the middle of its lines. */
    private record Label(String text, double center) {
    }

    private LevelLabels() {
    }

    /** Puts the column's labels into {@code cells} (by row), each spanning the rows it covers. */
    static void place(IndicatorBody body, int column, GridCell[][] cells, boolean tableStart) {
        List<Label> labels = labels(body, column);
        int rowCount = body.anchors.size();
        int labelCount = labels.size();
        if (labelCount == 0 || rowCount == 0) {
            return;
        }
        int[][] extent = body.extents();
        double[][] best = new double[labelCount + 1][rowCount + 1];
        int[][] end = new int[labelCount + 1][rowCount + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.POSITIVE_INFINITY);
        }
        best[labelCount][rowCount] = 0;
        for (int k = labelCount - 1; k >= 0; k--) {
            for (int st = rowCount; st >= 0; st--) {
                best[k][st] = best[k + 1][st] + LOST_ROW;
                end[k][st] = st - 1;
                for (int e = st; e < rowCount; e++) {
                    double rest = best[k + 1][e + 1];
                    if (rest == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = Math.abs((extent[st][0] + extent[e][1]) / 2.0 - labels.get(k).center()) + rest;
                    if (cost < best[k][st]) {
                        best[k][st] = cost;
                        end[k][st] = e;
                    }
                }
            }
        }
        int first = 0;
        double firstCost = Double.POSITIVE_INFINITY;
        for (int st = 0; st < (tableStart ? 1 : rowCount); st++) {
            double cost = best[0][st] + SKIPPED_ROW * st;
            if (cost < firstCost) {
                firstCost = cost;
                first = st;
            }
        }
        if (firstCost == Double.POSITIVE_INFINITY) {
            return;
        }
        int st = first;
        for (int k = 0; k < labelCount; k++) {
            int e = end[k][st];
            if (e < st) {
                continue;
            }
            cells[st][column] = new GridCell(column, 1, e - st + 1, List.of(labels.get(k).text()), null);
            st = e + 1;
        }
    }

    private static List<Label> labels(IndicatorBody body, int column) {
        List<Label> out = new ArrayList<>();
        int line = body.from;
        while (line < body.to) {
            if (body.lineText(line, column).isEmpty()) {
                line++;
                continue;
            }
            int start = line;
            int last = line;
            boolean anchorSeen = false;
            StringBuilder label = new StringBuilder();
            while (line < body.to) {
                String part = body.lineText(line, column);
                boolean anchorLine = body.anchorSet.contains(line);
                if (part.isEmpty()) {
                    if (label.toString().endsWith("指标") || line - last > 1) {
                        break;
                    }
                    line++;
                    continue;
                }
                if (anchorLine && anchorSeen && part.length() > LABEL_TAIL || label.toString().endsWith("指标")) {
                    break;
                }
                anchorSeen |= anchorLine;
                label.append(part);
                last = line;
                line++;
            }
            line = last + 1;
            out.add(new Label(label.toString(), (start + last) / 2.0));
        }
        return out;
    }
}
