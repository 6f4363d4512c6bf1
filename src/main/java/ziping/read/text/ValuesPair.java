package ziping.read.text;

import ziping.parse.ValueParser;

import java.util.List;

/**
 * The target and actual of a values line in layout text. pdftotext sets the words of a values line that follow a
 * name's Han characters closer together than their columns stand (LibreOffice's text: a target 6 places left of its
 * column, the actual under the target's header), so by their places alone they would go to the name and target
 * columns, or share one. So the two words right before the 分值 number are held as the target and the actual where
 * both read as values ({@code ≤2个工作日 3个工作日}, {@code 按时限完成 按时限完成}), and a lone value on the values line
 * between the wrapped lines of the other cell, or a second word in the target column, is moved out of it, and a
 * value's wrapped end goes to the column whose value it completes ({@link #mendWrapped}).
 */
final class ValuesPair {
    /** How many lines above a value's wrapped end its first line may stand (other cells' lines between). */
    private static final int REACH = 3;

    private ValuesPair() {
    }

    /**
     * Marks the words before the 分值 word at {@code weightWord} as {@code target} and {@code actual} in {@code fixed}
     * where both read as values and neither is held already.
     */
    static void hold(List<LayoutToken> line, int[] fixed, int weightWord, int target, int actual) {
        if (weightWord < 2 || fixed[weightWord - 2] != -1 || fixed[weightWord - 1] != -1) {
            return;
        }
        if (ValueParser.measure(line.get(weightWord - 2).text()) != null
                && ValueParser.measure(line.get(weightWord - 1).text()) != null) {
            fixed[weightWord - 2] = target;
            fixed[weightWord - 1] = actual;
        }
    }

    /**
     * Moves a value of a values line that shares the target or actual column with the lines of the other cell wrapped
     * above and below it ({@code ≤10个工作} / {@code 10个工作日} / {@code 日}) to its own column: where it is the
     * line's only word in the two columns, reads as a value, and the lines next to it hold one word of the two columns
     * each, which joined read as a value, it is the actual where it stands right of them, else the target, and they are
     * the other (each line set at its own pitch may have put them in either column: {@code ≤157.5万} / {@code 263.4万元}
     * / {@code 元}).
     */
    static void mendWrapped(List<List<LayoutToken>> tokens, int from, int to, int[][] columnOf, List<Integer> anchors,
                            int target, int actual) {
        for (int line = from; line < to; line++) {
            splitShared(columnOf[line - from], target, actual);
        }
        for (int line : anchors) {
            if (line - 1 < from || line + 1 >= to || anchors.contains(line - 1) || anchors.contains(line + 1)) {
                continue;
            }
            int k = LineColumns.onlyIn(columnOf[line - from], target, actual);
            if (k < 0) {
                continue;
            }
            int ka = LineColumns.onlyIn(columnOf[line - 1 - from], target, actual);
            int kb = LineColumns.onlyIn(columnOf[line + 1 - from], target, actual);
            if (ka < 0 || kb < 0) {
                continue;
            }
            LayoutToken word = tokens.get(line).get(k);
            LayoutToken above = tokens.get(line - 1).get(ka);
            LayoutToken below = tokens.get(line + 1).get(kb);
            if (ValueParser.measure(word.text()) == null || ValueParser.measure(above.text() + below.text()) == null) {
                continue;
            }
            boolean right = word.center() > above.center();
            columnOf[line - from][k] = right ? actual : target;
            columnOf[line - 1 - from][ka] = right ? target : actual;
            columnOf[line + 1 - from][kb] = right ? target : actual;
        }
        for (int line = from + 1; line < to; line++) {
            if (!anchors.contains(line)) {
                endOfOne(tokens, from, columnOf, line, target, actual);
                actualsEnd(tokens, from, columnOf, line, actual);
            }
        }
    }

    /**
     * Gives the actual's column back a word that a line without values put in the column after it (the 分值's) where
     * it is no plain number (a 分值 is one) and ends the actual above it into a value ({@code 26日} under
     * {@code 2024年2月 … 7 7}, Chromium's wrapped line set at its own pitch, past the actual's place).
     */
    private static void actualsEnd(List<List<LayoutToken>> tokens, int from, int[][] columnOf, int line, int actual) {
        int[] col = columnOf[line - from];
        for (int k = 0; k < col.length; k++) {
            String end = tokens.get(line).get(k).text();
            if (col[k] == actual + 1 && (k == 0 || col[k - 1] <= actual) && !LayoutWords.isPlainNumber(end)) {
                String head = above(tokens, from, columnOf, line, actual);
                if (head != null && ValueParser.measure(head + end) != null) {
                    col[k] = actual;
                }
            }
        }
    }

    /**
     * Gives a lone word of the target and actual columns on a line without values that reads as no value by itself
     * to the column whose value above it it completes, where it completes only one ({@code 元} under
     * {@code ≤161.9万 170.3万元} is the target's end, wherever the line's own pitch set it): the columns' places,
     * learned over the whole page, can stand a character or two off on a short line.
     */
    private static void endOfOne(List<List<LayoutToken>> tokens, int from, int[][] columnOf, int line, int target,
                                 int actual) {
        int k = LineColumns.onlyIn(columnOf[line - from], target, actual);
        if (k < 0) {
            return;
        }
        String end = tokens.get(line).get(k).text();
        if (ValueParser.measure(end) != null) {
            return;
        }
        boolean ofTarget = completes(above(tokens, from, columnOf, line, target), end);
        boolean ofActual = completes(above(tokens, from, columnOf, line, actual), end);
        if (ofTarget != ofActual) {
            columnOf[line - from][k] = ofTarget ? target : actual;
        }
    }

    /** Whether {@code head} reads as no value and, with {@code end} after it, as one. */
    private static boolean completes(String head, String end) {
        return head != null && ValueParser.measure(head) == null && ValueParser.measure(head + end) != null;
    }

    /** The last word in {@code column} on the nearest of the {@link #REACH} lines above {@code line} holding one. */
    private static String above(List<List<LayoutToken>> tokens, int from, int[][] columnOf, int line, int column) {
        for (int l = line - 1; l >= Math.max(from, line - REACH); l--) {
            for (int k = columnOf[l - from].length - 1; k >= 0; k--) {
                if (columnOf[l - from][k] == column) {
                    return tokens.get(l).get(k).text();
                }
            }
        }
        return null;
    }

    /**
     * Two words of a line in the target column and none in the actual's: the right one is the actual (a target and an
     * actual both wrapped, {@code 达成年度指 达成年度指} / {@code 标 标}, set close together); a value prints no space. A
     * line's words of one column stand next to each other (columns never go back along a line).
     */
    private static void splitShared(int[] col, int target, int actual) {
        int first = -1;
        int count = 0;
        for (int k = 0; k < col.length; k++) {
            if (col[k] == actual) {
                return;
            }
            if (col[k] == target) {
                first = count == 0 ? k : first;
                count++;
            }
        }
        if (count == 2) {
            col[first + 1] = actual;
        }
    }
}
