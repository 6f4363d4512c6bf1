package ziping.read.text;

import java.util.List;

/** The words that {@link LineColumns} put in one column, line by line (by line from {@code from}, by token). */
final class ColumnWords {
    private ColumnWords() {
    }

    /**
     * The column's words, joined, on the nearest line above ({@code step} -1) or below (1) of {@code line} within
     * {@code reach} lines that has some (a blank line may stand between), or "" where none.
     */
    static String nearest(List<List<LayoutToken>> tokens, int from, int to, int[][] columnOf, int line, int step,
                          int column, int reach) {
        for (int l = line + step; l >= from && l < to && Math.abs(l - line) <= reach; l += step) {
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
        return "";
    }
}
