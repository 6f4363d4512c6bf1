package ziping.read.text;

import ziping.grid.GridCell;
import ziping.read.CellWords;

import java.util.List;

/**
 * The 年度总体目标 block of layout text: the words of its body, right of the block label down the left edge, cut
 * between its two columns (预期目标, 实际完成情况): a word goes to the column whose usual start it stands nearer, the
 * second column's taken from the words that follow another on their line (its header words are set at another pitch
 * than the text, and its lines start a few characters apart), else midway between the header words.
 */
final class LayoutGoals {
    /** Words longer than this stand in the text columns, not in the block label down the left edge. */
    private static final int LABEL_WORD = 4;

    private LayoutGoals() {
    }

    /** A column's name printed among the body's words (实际完成情况 at the end of the first line of text). */
    private static boolean isColumnName(String word) {
        return CellWords.role(CellWords.Header.GOALS, word) != null;
    }

    /**
     * Where the second column's lines start: the median start of the words that follow another word of the body on
     * their line (goal texts hold no spaces, so a second word on a line is the second column's); NaN where no line
     * has two.
     */
    private static double rightEdge(List<List<LayoutToken>> tokens, int from, int to, int left) {
        double[] starts = new double[Math.max(0, to - from)];
        int n = 0;
        for (int line = from; line < to; line++) {
            boolean first = true;
            for (LayoutToken t : tokens.get(line)) {
                if (t.start() < left) {
                    continue;
                }
                if (!first) {
                    starts[n++] = t.start();
                    break;
                }
                first = false;
            }
        }
        return LineColumns.median(starts, n);
    }

    static void read(List<List<LayoutToken>> tokens, int from, int to, List<LayoutColumn> columns, LayoutRows out) {
        if (columns.size() < 2) {
            return;
        }
        int left = Integer.MAX_VALUE;
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.text().length() > LABEL_WORD) {
                    left = Math.min(left, t.start());
                }
            }
        }
        double right = rightEdge(tokens, from, to, left);
        double cut = Double.isNaN(right) ? (columns.get(0).center() + columns.get(1).center()) / 2
                : (left + right) / 2;
        StringBuilder[] texts = {new StringBuilder(), new StringBuilder()};
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.start() >= left && !isColumnName(t.text())) {
                    texts[t.start() < cut ? 0 : 1].append(t.text());
                }
            }
        }
        out.add(from, List.of(GridCell.of(0, texts[0].toString()), GridCell.of(1, texts[1].toString())));
    }
}
