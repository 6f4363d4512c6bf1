package ziping.read.text;

import java.util.List;
import java.util.Set;

/**
 * Gives back to the name column a short name that {@link LineColumns} put in a label column: LibreOffice's text may
 * print a one-line name on its row's values line a few places left of where the names start, between the two lines of
 * the 二级 label wrapped around that line ({@code 经济成本} / {@code 运维费用 …values} / {@code 指标}), where by its
 * place it goes to the label, which then reads {@code 经济成本运维费用指标} and the row has no name. On a values line
 * with no word in the name column, a word in a label column that is no part of any 一级 or 二级 label, between that
 * column's nearest words above and below that together make a label, is the row's name.
 */
final class NamesAmongLabels {
    /** How many lines from the values line the label's lines around it may stand (a blank line may stand between). */
    private static final int REACH = 2;

    private NamesAmongLabels() {
    }

    /** Mends {@code columnOf} (by line from {@code from}, by token) on the values lines {@code anchors}. */
    static void mend(List<List<LayoutToken>> tokens, int from, int to, int[][] columnOf, Set<Integer> anchors,
                     int name, List<Integer> labels) {
        if (name < 0) {
            return;
        }
        for (int line : anchors) {
            int[] col = columnOf[line - from];
            if (holds(col, name)) {
                continue;
            }
            List<LayoutToken> t = tokens.get(line);
            for (int k = 0; k < t.size(); k++) {
                String word = t.get(k).text();
                if (col[k] >= 0 && labels.contains(col[k]) && word.length() > 1 && !LevelWords.isPartOfLabel(word)) {
                    String above = ColumnWords.nearest(tokens, from, to, columnOf, line, -1, col[k], REACH);
                    String below = ColumnWords.nearest(tokens, from, to, columnOf, line, 1, col[k], REACH);
                    if (!above.isEmpty() && !below.isEmpty() && LevelWords.isLabel(above + below)) {
                        col[k] = name;
                    }
                }
            }
        }
    }

    private static boolean holds(int[] col, int column) {
        for (int c : col) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }
}
