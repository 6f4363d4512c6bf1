package ziping.read.text;

import ziping.parse.GoalSplit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of pdfminer's {@code -M 40} text boxes below the 年度总体目标 header are the 预期目标 and which the 实际完成情况.
 * pdfminer prints boxes by their bottom edge, then left to right, and a goal cell's lines stand from its top
 * (LibreOffice) or around its middle (a browser), so the cell of fewer lines prints first whichever column it stands
 * in: the order alone does not say which text is which. Every reading is tried — each box the left cell's, the right
 * cell's, or (a box whose first line holds two texts a space apart: the left cell's one line beside the right cell's
 * first, printed as one line) both — and kept where each cell's lines wrap as a cell's do (its full lines about as wide,
 * each line but the last full) and the boxes' order follows from where the lines stand under either alignment (boxes
 * ending on one line print left first, so two cells of as many lines print in their columns' order). The goals are
 * read where every kept reading gives the same two texts, else they are in doubt (null): the reader reports them and
 * reads neither.
 */
final class GoalBoxes {
    /** More readings than this are not tried (each box has two, or more where its first line holds several texts). */
    private static final long MOST_READINGS = 1 << 10;

    private final List<List<String>> boxes;
    private final Set<List<String>> readings = new LinkedHashSet<>();

    private GoalBoxes(List<List<String>> boxes) {
        this.boxes = boxes;
    }

    /** The expected goal and the actual result from the boxes' lines (in printed order), or null where in doubt. */
    static List<String> cells(List<List<String>> boxes) {
        long readings = 1;
        for (List<String> box : boxes) {
            readings *= Cells.tokens(box.get(0)).size() + 1;
            if (readings > MOST_READINGS) {
                return null;
            }
        }
        GoalBoxes g = new GoalBoxes(boxes);
        g.tryAll(0, new int[boxes.size()]);
        return g.readings.size() == 1 ? g.readings.iterator().next() : null;
    }

    /**
     * Tries every mode of the boxes from {@code at}: -1 the left cell's, 0 the right cell's, k > 0 its first line's
     * first k texts the left cell's (its last line) and the rest the right cell's.
     */
    private void tryAll(int at, int[] modes) {
        if (at == boxes.size()) {
            check(modes);
            return;
        }
        int texts = Cells.tokens(boxes.get(at).get(0)).size();
        for (int mode = -1; mode < texts; mode++) {
            modes[at] = mode;
            tryAll(at + 1, modes);
        }
    }

    private void check(int[] modes) {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int b = 0; b < boxes.size(); b++) {
            List<String> lines = boxes.get(b);
            int mode = modes[b];
            if (mode > 0) {
                List<String> texts = Cells.tokens(lines.get(0));
                left.add(String.join(" ", texts.subList(0, mode)));
                right.add(String.join(" ", texts.subList(mode, texts.size())));
                right.addAll(lines.subList(1, lines.size()));
            } else {
                (mode < 0 ? left : right).addAll(lines);
            }
        }
        if (!GoalSplit.wraps(left) || !GoalSplit.wraps(right)) {
            return;
        }
        if (ordered(modes, left.size(), right.size(), true) || ordered(modes, left.size(), right.size(), false)) {
            readings.add(List.of(String.join("", left), String.join("", right)));
        }
    }

    /**
     * Whether the boxes print in this order where the cells' lines stand from their tops ({@code top}) or around their
     * middles: each box keyed by its lowest line's place (half lines, downwards) then its left edge, the keys rising;
     * a box holding both cells' lines has them side by side on its first line.
     */
    private boolean ordered(int[] modes, int leftLines, int rightLines, boolean top) {
        int l = 0;
        int r = 0;
        int lastBottom = Integer.MIN_VALUE;
        int lastSide = 0;
        for (int b = 0; b < boxes.size(); b++) {
            int mode = modes[b];
            int n = boxes.get(b).size();
            int bottom;
            int side;
            if (mode > 0) {
                if (place(l, leftLines, top) != place(r, rightLines, top)) {
                    return false;
                }
                bottom = Math.max(place(l, leftLines, top), place(r + n - 1, rightLines, top));
                side = 0;
                l++;
                r += n;
            } else if (mode < 0) {
                bottom = place(l + n - 1, leftLines, top);
                side = 0;
                l += n;
            } else {
                bottom = place(r + n - 1, rightLines, top);
                side = 1;
                r += n;
            }
            if (bottom < lastBottom || bottom == lastBottom && side <= lastSide) {
                return false;
            }
            lastBottom = bottom;
            lastSide = side;
        }
        return true;
    }

    /** Where line {@code i} of a cell of {@code n} lines stands, in half lines downwards from the row's top or middle. */
    private static int place(int i, int n, boolean top) {
        return top ? 2 * i : 2 * i - (n - 1);
    }
}
