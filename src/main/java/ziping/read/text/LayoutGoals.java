package ziping.read.text;

import ziping.grid.GridCell;

import java.util.List;

/**
 * The 年度总体目标 block of layout text: the words of its body, right of the block label down the left edge, cut
 * between its two columns (预期目标, 实际完成情况) midway between their header words.
 */
final class LayoutGoals {
    /** Words longer than this stand in the text columns, not in the block label down the left edge. */
    private static final int LABEL_WORD = 4;

    private LayoutGoals() {
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
        double cut = (columns.get(0).center() + columns.get(1).center()) / 2;
        StringBuilder[] texts = {new StringBuilder(), new StringBuilder()};
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.start() >= left) {
                    texts[t.start() < cut ? 0 : 1].append(t.text());
                }
            }
        }
        out.add(from, List.of(GridCell.of(0, texts[0].toString()), GridCell.of(1, texts[1].toString())));
    }
}
