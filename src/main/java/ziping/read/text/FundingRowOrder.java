package ziping.read.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A funding row's values read by their order along the row rather than by where each stands. Chromium's text sets
 * each line at its own pitch (a line of a few words is spread wider or set tighter than a full one), so a row's
 * values can stand several columns off the places the block's other rows give the columns, while left to right they
 * keep their order: the row's values (each wrapped value joined with its tail standing under or just after it on a
 * later line: {@code 1738.5759} / {@code 59}, {@code 92.6} / {@code 8%}) are its cells in column order where there
 * are as many as columns, or as many less the 分值 and 得分 that a part of the total leaves empty. Null where the order
 * does not tell: a word that is not a value, a tail with no value above it, two values of different lines standing
 * over each other, another count, or a % outside the 执行率 column (or a number without % in it).
 */
final class FundingRowOrder {
    /** How far beside its value a wrapped tail may stand (a line's own pitch moves it a little). */
    private static final int TAIL_REACH = 2;

    private FundingRowOrder() {
    }

    /**
     * The cells (in the order of {@code roles}, empty where the row leaves one empty) of a row whose value words are
     * {@code words} (each line's in order along it, lines top to bottom), or null where the order does not tell.
     */
    static List<String> cells(List<LayoutToken> words, List<String> roles) {
        List<LayoutToken> values = joined(words);
        if (values == null || overlapping(values)) {
            return null;
        }
        values.sort(Comparator.comparingInt(LayoutToken::start));
        List<String> all = byOrder(values, roles, false);
        return all != null ? all : byOrder(values, roles, true);
    }

    /** The values with each tail joined to the value it wraps, or null where a word is not a value or a tail is lost. */
    private static List<LayoutToken> joined(List<LayoutToken> words) {
        List<LayoutToken> out = new ArrayList<>();
        for (LayoutToken w : words) {
            if (!LayoutWords.isValue(w.text()) && !isTail(w.text())) {
                return null;
            }
            int head = headOf(out, w);
            if (head >= 0) {
                LayoutToken h = out.get(head);
                out.set(head, new LayoutToken(h.line(), h.start(), Math.max(h.end(), w.end()), h.text() + w.text()));
            } else if (isTail(w.text()) && !LayoutWords.isValue(w.text())) {
                return null;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The value of an earlier line of the row that a tail wraps (standing under it or just after it), else -1: a number
     * with a point, without % ({@code 1122483.9} / {@code 8} within one row is one amount).
     */
    private static int headOf(List<LayoutToken> values, LayoutToken tail) {
        if (!isTail(tail.text())) {
            return -1;
        }
        for (int k = values.size() - 1; k >= 0; k--) {
            LayoutToken h = values.get(k);
            if (h.line() < tail.line() && WrappedValues.isWrap(h.text(), tail.text()) && h.text().indexOf('.') >= 0
                    && tail.start() <= h.end() + TAIL_REACH && tail.end() >= h.start() - TAIL_REACH) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isTail(String text) {
        return WrappedValues.joins("0.000", text);
    }

    /** Whether two values of different lines stand over each other: their order along the row is not told. */
    private static boolean overlapping(List<LayoutToken> values) {
        for (int a = 0; a < values.size(); a++) {
            for (int b = a + 1; b < values.size(); b++) {
                LayoutToken x = values.get(a);
                LayoutToken y = values.get(b);
                if (x.line() != y.line() && x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The values (left to right) in the columns in order, 分值 and 得分 left empty where {@code partRow}; null where the
     * count differs or a value does not fit its column.
     */
    private static List<String> byOrder(List<LayoutToken> values, List<String> roles, boolean partRow) {
        List<String> out = new ArrayList<>();
        int next = 0;
        for (String role : roles) {
            if (partRow && (role.equals("weight") || role.equals("score"))) {
                out.add("");
                continue;
            }
            if (next == values.size() || !fits(values.get(next).text(), role.equals("rate"))) {
                return null;
            }
            out.add(values.get(next++).text());
        }
        return next == values.size() ? out : null;
    }

    private static boolean fits(String text, boolean rate) {
        boolean percent = text.endsWith("%") || text.endsWith("％");
        return rate ? percent || ziping.parse.ValueParser.isPlaceholder(text) : !percent;
    }
}
