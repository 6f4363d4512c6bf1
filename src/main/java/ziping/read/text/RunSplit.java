package ziping.read.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Splits a column's run of text lines between the rows whose values lines fall inside it. Each row's cell is a
 * block of consecutive lines centred on its values line, but the extractor rounds a one-line cell beside a cell of
 * two lines to either of them, so centring alone cannot tell where one cell ends: the split also prefers blocks
 * without holes (a line of the block with no text in the column that is no values line) and cells that end on a
 * line shorter than the column (a wrapped cell fills every line but its last).
 */
final class RunSplit {
    private static final double HOLE = 1;
    private static final double OTHER_ROW = 5;
    private static final double ENDS_FULL = 1.25;
    private static final double EMPTY = 1.5;
    /**
     * What a cell of an even number of lines is let off beyond {@code evenOff} where its values line is its upper
     * middle line: Chromium centres a one-line values cell on a two-line row and pdftotext rounds it to the row's
     * first line, so of two readings alike otherwise ({@code 按照年度工作计划要求老} / {@code 旧管网改造应急处置能力} on
     * the values line and the one below, or on the line above the next row's values) the first is taken.
     */
    private static final double UPPER = 0.1;

    private RunSplit() {
    }

    /**
     * What text lines {@code i..j-1} of a run cost as the cell of the run's row {@code group} for what they read as
     * and for the rows the other columns give their lines (a caller's tie-break).
     */
    interface Reading {
        double cost(int i, int j, int group);
    }

    /**
     * The group (index into {@code anchors}) of each text line. {@code lines} are the run's lines with text in the
     * column, ascending; {@code anchors} the values lines inside the run, ascending; {@code ends} for each row the line
     * its cell ends on where its values line stands below its cells in the column (such a cell is not centred on it),
     * else -1; {@code full} whether each text line fills the column; {@code anchorLines} every values line of the
     * table; each cell also costs what {@code reading} says, and a cell of an even number of lines is let off
     * {@code evenOff} of its distance from its values line.
     */
    static int[] split(int[] lines, int[] anchors, int[] ends, boolean[] full, Set<Integer> anchorLines,
                       Reading reading, double evenOff) {
        int n = lines.length;
        int k = anchors.length;
        double[][] best = new double[k + 1][n + 1];
        int[][] cut = new int[k + 1][n + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int g = 0; g < k; g++) {
            for (int i = 0; i <= n; i++) {
                if (best[g][i] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int j = i; j <= n; j++) {
                    double cost = best[g][i] + cost(lines, i, j, anchors[g], ends[g], full, anchorLines, evenOff)
                            + (i < j ? reading.cost(i, j, g) : 0);
                    if (cost < best[g + 1][j]) {
                        best[g + 1][j] = cost;
                        cut[g + 1][j] = i;
                    }
                }
            }
        }
        int[] out = new int[n];
        int j = n;
        for (int g = k; g > 0; g--) {
            int i = cut[g][j];
            for (int l = i; l < j; l++) {
                out[l] = g - 1;
            }
            j = i;
        }
        return out;
    }

    /**
     * How many lines of cell {@code i..j-1} but its last do not fill the column: wrapped text fills every line but its
     * last. A short first line over lines that all fill it is none (Chromium prints a wrapped cell's short last line
     * first at times, {@code 量} over {@code 按照年度工作计划要求} / {@code 专家咨询项目质量} is not one such).
     */
    private static int shortInside(int i, int j, boolean[] full) {
        int n = 0;
        for (int t = i; t < j - 1; t++) {
            n += full[t] ? 0 : 1;
        }
        if (n == 1 && !full[i]) {
            boolean restFull = true;
            for (int t = i + 1; t < j; t++) {
                restFull &= full[t];
            }
            return restFull ? 0 : 1;
        }
        return n;
    }

    /** What text lines {@code i..j-1} cost as the cell of the row on {@code anchor}. */
    private static double cost(int[] lines, int i, int j, int anchor, int end, boolean[] full,
                               Set<Integer> anchorLines, double evenOff) {
        if (i == j) {
            return EMPTY;
        }
        int first = lines[i];
        int last = lines[j - 1];
        double cost = end >= 0 ? Math.abs(last - end)
                : Math.abs((first + last) / 2.0 - anchor) - ((last - first) % 2 == 1 ? evenOff : 0)
                - ((last - first) % 2 == 1 && anchor == (first + last) / 2 ? UPPER : 0);
        int t = i;
        for (int l = first; l <= last; l++) {
            while (t < j && lines[t] < l) {
                t++;
            }
            if (l != anchor && anchorLines.contains(l)) {
                cost += OTHER_ROW;
            } else if (l != anchor && (t >= j || lines[t] != l)) {
                cost += HOLE;
            }
        }
        if (j < lines.length && full[j - 1]) {
            cost += ENDS_FULL;
        }
        return cost + ENDS_FULL * shortInside(i, j, full);
    }
}
