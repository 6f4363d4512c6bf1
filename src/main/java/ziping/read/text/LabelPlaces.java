package ziping.read.text;

import java.util.List;

/**
 * Where the 一级 and 二级 label columns of a part of layout text stand, from the words only one level's labels begin
 * with ({@code 产出指标}, {@code 效益指标} are 一级; {@code 质量指标}, {@code 可持续影} are 二级), on every line of the part.
 * pdftotext sets each page at its own pitch, and not by one scale from the left edge (a continued page's labels 3
 * places right of the first page's, its values 7 left), so the header's places scaled by the values lines can put both
 * label columns where only one stands; the values lines alone hold few label words.
 */
final class LabelPlaces {
    /** The fewest characters of a word taken as a label's line (a label's wrapped end, 标, is centred under it). */
    private static final int LABEL_LINE = 3;
    /** How far left of its level's leftmost word a label column's place may stand and be kept. */
    private static final double OFF = 2;

    private LabelPlaces() {
    }

    /**
     * Moves each label column ({@code level} 1 or 2) that stands more than {@link #OFF} places left of its level's
     * leftmost word to that word's start: labels are centred in their cells, so a label's lines start at the column's
     * left edge or right of it, never far left of it (a median of their starts would stand right of the edge, near the
     * names' short lines; a column placed right of its leftmost word is kept).
     */
    static void place(List<List<LayoutToken>> tokens, int from, int to, double[] at, int[] level) {
        for (int c = 0; c < at.length; c++) {
            if (level[c] == 1 || level[c] == 2) {
                int left = leftmost(tokens, from, to, level[c]);
                if (left != Integer.MAX_VALUE && at[c] < left - OFF) {
                    at[c] = left;
                }
            }
        }
    }

    private static int leftmost(List<List<LayoutToken>> tokens, int from, int to, int level) {
        int left = Integer.MAX_VALUE;
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.start() < left && t.text().length() >= LABEL_LINE && LevelWords.onlyOf(t.text()) == level) {
                    left = t.start();
                }
            }
        }
        return left;
    }
}
