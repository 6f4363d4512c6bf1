package ziping.read.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A funding row's values read by their order along the row rather than by where each stands. Chromium's text sets
 * each line at its own pitch (a line of a few words is spread wider or set tighter than a full one), so a row's
 * values can stand several columns off the places the block's other rows give the columns, while left to right they
 * keep their order: the row's values (each wrapped value joined with its tail standing under or just after it on a
 * later line of the row: {@code 1738.5759} / {@code 59}, {@code 92.6} / {@code 8%}) are its cells in column order
 * where there are as many as columns, or as many less the 分值 and 得分 that a part of the total leaves empty. Where
 * a tail could end more than one value, the ways that fit the columns must agree, else the row is
 * {@link Reading#undetermined() undetermined} (the text does not tell which column the tail belongs to: the row is
 * reported, not guessed). No cells where the order does not tell: a word that is not a value, a tail with no value
 * above it, two values of different lines standing over each other, another count, or a % outside the 执行率 column
 * (or a number without % in it).
 */
final class FundingRowOrder {
    /** How far beside its value a wrapped tail may stand (a line's own pitch moves it a little). */
    private static final int TAIL_REACH = 2;
    /**
     * How far beside its value a rate's % tail may stand: only a rate takes one, and Chromium sets a row's values line
     * at its own pitch, a few columns left of its wrapped tails' line ({@code 65.5} at 43, its {@code 2%} at 51).
     */
    private static final int PERCENT_TAIL_REACH = 6;

    /** How many columns two values of different lines may share and still be told apart by their order. */
    private static final int OVERLAP = 1;
    /** The most ways of joining a row's tails tried: past it the order does not tell. */
    private static final int MAX_TRIES = 512;

    private FundingRowOrder() {
    }

    /**
     * A row read by order: its cells, or null where the order does not tell; undetermined where a wrapped tail could
     * end either of two values (then no cells).
     */
    record Reading(List<String> cells, boolean undetermined) {
        static final Reading NONE = new Reading(null, false);
        static final Reading UNDETERMINED = new Reading(null, true);
    }

    /**
     * The cells (in the order of {@code roles}, empty where the row leaves one empty) of a row whose value words are
     * {@code words} (each line's in order along it, lines top to bottom), or null where the order does not tell.
     */
    static List<String> cells(List<LayoutToken> words, List<String> roles) {
        return read(words, roles).cells();
    }

    /**
     * The row whose value words are {@code words} read by their order ({@link Reading}): each way of joining its tails
     * to the values they may end is tried, and the row reads where the ways whose values fit the columns all give the
     * same cells (a % tail between a 分值 {@code 10.0} and a rate {@code 86.6} ends the rate, as a 分值 holds no %).
     */
    static Reading read(List<LayoutToken> words, List<String> roles) {
        for (LayoutToken w : words) {
            if (!LayoutWords.isValue(w.text()) && !isTail(w.text())) {
                return Reading.NONE;
            }
        }
        Joins joins = new Joins(words, roles);
        joins.from(0);
        if (joins.readings.size() > 1 || joins.tries > MAX_TRIES) {
            return joins.readings.size() > 1 ? Reading.UNDETERMINED : Reading.NONE;
        }
        return joins.readings.isEmpty() ? Reading.NONE : new Reading(joins.readings.get(0), false);
    }

    /**
     * The ways of joining a row's tails to its values, tried one after another: a tail within reach of values that may
     * take it joins one of them (each value takes one tail: its cell's second line), a tail within reach of none is a
     * value of its own if it reads as one; each way whose values keep their order and fit the columns gives a reading.
     */
    private static final class Joins {
        private final List<LayoutToken> words;
        private final List<String> roles;
        private final List<LayoutToken> values = new ArrayList<>();
        private final List<Boolean> ended = new ArrayList<>();
        /** The distinct readings found, at most two (two already leave the row undetermined). */
        private final List<List<String>> readings = new ArrayList<>();
        private int tries;

        Joins(List<LayoutToken> words, List<String> roles) {
            this.words = words;
            this.roles = roles;
        }

        void from(int next) {
            if (readings.size() > 1 || ++tries > MAX_TRIES) {
                return;
            }
            if (next == words.size()) {
                read();
                return;
            }
            LayoutToken w = words.get(next);
            List<Integer> heads = isTail(w.text()) ? headsOf(w) : List.of();
            for (int k : heads) {
                LayoutToken h = values.get(k);
                values.set(k, new LayoutToken(h.line(), h.start(), Math.max(h.end(), w.end()), h.text() + w.text()));
                ended.set(k, true);
                from(next + 1);
                values.set(k, h);
                ended.set(k, false);
            }
            if (heads.isEmpty() && LayoutWords.isValue(w.text())) {
                values.add(w);
                ended.add(false);
                from(next + 1);
                values.remove(values.size() - 1);
                ended.remove(ended.size() - 1);
            }
        }

        private void read() {
            if (overlapping(values)) {
                return;
            }
            List<LayoutToken> sorted = new ArrayList<>(values);
            sorted.sort(Comparator.comparingInt(LayoutToken::start));
            List<String> all = byOrder(sorted, roles, false);
            List<String> cells = all != null ? all : byOrder(sorted, roles, true);
            if (cells != null && !readings.contains(cells)) {
                readings.add(cells);
            }
        }

        /**
         * The values of earlier lines of the row that a tail may end (it stands under or just after them, a % tail a
         * little further): numbers with a point, without %, not yet ended by a tail ({@code 1122483.9} / {@code 8}
         * within one row is one amount).
         */
        private List<Integer> headsOf(LayoutToken tail) {
            List<Integer> out = new ArrayList<>();
            int reach = tail.text().endsWith("%") ? PERCENT_TAIL_REACH : TAIL_REACH;
            for (int k = 0; k < values.size(); k++) {
                LayoutToken h = values.get(k);
                if (!ended.get(k) && h.line() < tail.line() && WrappedValues.isWrap(h.text(), tail.text())
                        && h.text().indexOf('.') >= 0
                        && tail.start() <= h.end() + reach && tail.end() >= h.start() - reach) {
                    out.add(k);
                }
            }
            return out;
        }
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
                if (x.line() != y.line() && x.start() < y.end() - OVERLAP && y.start() < x.end() - OVERLAP) {
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
