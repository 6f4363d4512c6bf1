package ziping.read.text;

import java.util.List;

/**
 * Moves a label word that {@link LineColumns} put in the wrong one of the two label columns: on a narrow page the two
 * wrapped labels of a row stand so close that a word both may hold ({@code 满意度指}) goes by its place to the wrong
 * one. A word that, after the unfinished label above it in its column, would start another label, while after the
 * unfinished label above it in the other column it goes on with that label, belongs to the other column
 * ({@code 满意度} / {@code 满意度指} / {@code 指标} beside {@code 服务对象} / {@code 标}: the middle word is the 二级 label's).
 */
final class LevelSwaps {
    /** How many lines above a word the label it goes on with may end (a blank line may stand between). */
    private static final int REACH = 2;

    private LevelSwaps() {
    }

    /** Mends {@code columnOf} (by line from {@code from}, by token) for the label columns {@code one} and {@code two}. */
    static void mend(List<List<LayoutToken>> tokens, int from, int to, int[][] columnOf, int one, int two) {
        if (one < 0 || two < 0) {
            return;
        }
        for (int line = from; line < to; line++) {
            int[] col = columnOf[line - from];
            int k = LineColumns.onlyIn(col, one, two);
            if (k < 0) {
                continue;
            }
            int own = col[k];
            int other = own == one ? two : one;
            String word = tokens.get(line).get(k).text();
            String ownAbove = ColumnWords.nearest(tokens, from, to, columnOf, line, -1, own, REACH);
            String otherAbove = ColumnWords.nearest(tokens, from, to, columnOf, line, -1, other, REACH);
            if (unfinished(ownAbove) && !LevelWords.beginsLabel(ownAbove + word)
                    && unfinished(otherAbove) && LevelWords.beginsLabel(otherAbove + word)) {
                col[k] = other;
            }
        }
    }

    private static boolean unfinished(String text) {
        return !text.isEmpty() && LevelWords.startsLabel(text);
    }
}
