package ziping.read.text;

import ziping.read.CellWords;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the parts of a value wrapped inside its cell in layout text, printed on lines of their own: a rate's % (or its
 * last digits and %: {@code 100.0} / {@code 0%}, {@code 100.00} / {@code %}) and an amount's last digits
 * ({@code 787.49258} / {@code 4}). A tail joins the number above it that it stands under (the nearest word above
 * that overlaps it), which must be a number without %; an amount's tail only where the number above has three or
 * more decimals or ends with its point (a wrapped long amount), so that a value of its own is never joined. A tail
 * never joins a value on a line of a funding row's label across a line that starts another row's label (a label's
 * lines hold its row's values: the next row's short 分值 {@code 10} under a long amount is its own).
 */
final class WrappedValues {
    /** How many lines above its head a tail may stand (other cells of the row printed between the parts). */
    private static final int REACH = 4;
    private static final int MIN_DECIMALS = 3;

    private WrappedValues() {
    }

    /** The lines {@code from..to} with each wrapped tail joined into the word above it; other lines as they are. */
    static List<List<LayoutToken>> joined(List<List<LayoutToken>> tokens, int from, int to) {
        List<List<LayoutToken>> out = new ArrayList<>(tokens);
        for (int line = from; line < to; line++) {
            out.set(line, new ArrayList<>(tokens.get(line)));
        }
        boolean[] startsRow = new boolean[to - from];
        boolean[] labelled = new boolean[to - from];
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                boolean starts = startsRow(t.text());
                startsRow[line - from] |= starts;
                labelled[line - from] |= !LayoutFundingBlock.isBlockLabel(t)
                        && (starts || CellWords.isFundingRowTail(t.text()));
            }
        }
        for (int line = from + 1; line < to; line++) {
            List<LayoutToken> words = out.get(line);
            for (int k = 0; k < words.size(); k++) {
                LayoutToken tail = words.get(k);
                boolean percent = isPercentTail(tail.text());
                if (!percent && !isDigitTail(tail.text())) {
                    continue;
                }
                if (joinAbove(out, from, line, tail, percent, startsRow, labelled)) {
                    words.remove(k--);
                }
            }
        }
        return out;
    }

    private static boolean joinAbove(List<List<LayoutToken>> out, int from, int line, LayoutToken tail, boolean percent,
                                     boolean[] startsRow, boolean[] labelled) {
        boolean rowBetween = false;
        for (int above = line - 1; above >= Math.max(from, line - REACH); above--) {
            rowBetween |= startsRow[above + 1 - from];
            if (rowBetween && labelled[above - from]) {
                return false;
            }
            List<LayoutToken> words = out.get(above);
            for (int k = 0; k < words.size(); k++) {
                LayoutToken head = words.get(k);
                if (head.start() > tail.end() || tail.start() > head.end()) {
                    continue;
                }
                if (!isOpenNumber(head.text()) || !percent && !takesDigits(head.text())) {
                    return false;
                }
                words.set(k, new LayoutToken(head.line(), Math.min(head.start(), tail.start()),
                        Math.max(head.end(), tail.end()), head.text() + tail.text()));
                return true;
            }
        }
        return false;
    }

    /** Whether a word starts a funding row's label (年度资金总额, 财政资金, 其中：本年财, 上年结转; not 政拨款). */
    private static boolean startsRow(String word) {
        return LayoutWords.hasHan(word) && (CellWords.isFundingRow(word)
                || CellWords.startsFundingRow(word) && !CellWords.isFundingRowTail(word));
    }

    /**
     * Whether a line of its own is the end of the value on the line above, wrapped inside its cell: a rate's % (or its
     * last digits and %) under a number without %, an amount's last digits under a number of three or more decimals.
     */
    static boolean joins(String head, String tail) {
        if (tail.isEmpty() || !isOpenNumber(head)) {
            return false;
        }
        return isPercentTail(tail) || isDigitTail(tail) && takesDigits(head);
    }

    /**
     * Whether an amount can go on with digits on the next line: it has three or more decimals (a wrapped long amount)
     * or ends with its point ({@code 13615373.} / {@code 97}).
     */
    private static boolean takesDigits(String head) {
        return decimals(head) >= MIN_DECIMALS || head.endsWith(".");
    }

    /** Whether {@code tail} can be the wrapped end of {@code head}: a number without % and its last digits or %. */
    static boolean isWrap(String head, String tail) {
        return isOpenNumber(head) && !tail.isEmpty() && (isPercentTail(tail) || tail.chars().allMatch(Character::isDigit));
    }

    /** {@code %}, {@code 0%}, {@code 6%}, {@code 00%}. */
    private static boolean isPercentTail(String text) {
        int n = text.length();
        if (n > 3 || text.charAt(n - 1) != '%' && text.charAt(n - 1) != '％') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigitTail(String text) {
        return text.length() <= 2 && text.chars().allMatch(Character::isDigit);
    }

    /** A number that may go on: digits with at most one decimal point, no %. */
    private static boolean isOpenNumber(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        int points = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                points++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return points <= 1;
    }

    private static int decimals(String text) {
        int point = text.indexOf('.');
        return point < 0 ? 0 : text.length() - point - 1;
    }
}
