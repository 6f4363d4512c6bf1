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
                    String above = nearest(tokens, from, to, columnOf, line, -1, col[k]);
                    String below = nearest(tokens, from, to, columnOf, line, 1, col[k]);
                    if (above != null && below != null && LevelWords.isLabel(above + below)) {
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

    /** The words of the column on the nearest line above ({@code step} -1) or below (1) that has any, joined; or null. */
    private static String nearest(List<List<LayoutToken>> tokens, int from, int to, int[][] columnOf, int line, int step,
                                  int column) {
        for (int l = line + step; l >= from && l < to; l += step) {
            StringBuilder words = new StringBuilder();
            List<LayoutToken> t = tokens.get(l);
            for (int k = 0; k < t.size(); k++) {
                if (columnOf[l - from][k] == column) {
                    words.append(t.get(k).text());
                }
            }
            if (!words.isEmpty()) {
                return words.toString();
            }
        }
        return null;
    }
}
