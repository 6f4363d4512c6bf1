package ziping.parse;

import ziping.model.Comparator;

/**
 * The comparator of a target or actual, printed as a symbol or in words, in text folded by {@link ValueText}: before
 * the number {@code ≥ >= = 不少于 不低于 至少 大于等于 …}, after it {@code 以上 及以上 以下 及以下 以内}.
 */
final class ComparatorWords {
    /** Words before the number, longest first where one starts another (大于等于 before 大于). */
    private static final String[] BEFORE = {
        "大于或等于", "大于等于", "不少于", "不低于", "不小于", "至少", "最少",
        "小于或等于", "小于等于", "不多于", "不超过", "不高于", "不大于", "最多", "至多",
        "大于", "高于", "超过", "多于",
        "小于", "低于", "少于", "不足",
        "等于",
    };
    private static final Comparator[] BEFORE_MEANS = {
        Comparator.GE, Comparator.GE, Comparator.GE, Comparator.GE, Comparator.GE, Comparator.GE, Comparator.GE,
        Comparator.LE, Comparator.LE, Comparator.LE, Comparator.LE, Comparator.LE, Comparator.LE, Comparator.LE,
        Comparator.LE,
        Comparator.GT, Comparator.GT, Comparator.GT, Comparator.GT,
        Comparator.LT, Comparator.LT, Comparator.LT, Comparator.LT,
        Comparator.EQ,
    };
    /** The first characters of {@link #BEFORE}, so most cells are passed over with one lookup. */
    private static final String WORD_STARTS = "大不至最小高超多低少等";
    /** Words after the number and its unit, longest first. */
    private static final String[] AFTER = {"及以上", "及以下", "及以内", "以上", "以下", "以内"};
    private static final Comparator[] AFTER_MEANS = {
        Comparator.GE, Comparator.LE, Comparator.LE, Comparator.GE, Comparator.LE, Comparator.LE,
    };
    /** "Inclusive", printed next to 以上/以下: {@code 95%（含）以上}, {@code 5次以内(含)}; it changes nothing. */
    private static final String INCLUSIVE = "(含)";

    private ComparatorWords() {
    }

    /** A comparator found in a text and the number of characters it takes. */
    record Found(Comparator comparator, int length) {
    }

    /** The comparator that starts {@code s}, or null: a symbol ({@code ≥ >= <= = > <}) or a word. */
    static Found before(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        if (c == '>' || c == '<') {
            boolean orEqual = s.length() > 1 && s.charAt(1) == '=';
            Comparator strict = c == '>' ? Comparator.GT : Comparator.LT;
            Comparator inclusive = c == '>' ? Comparator.GE : Comparator.LE;
            return new Found(orEqual ? inclusive : strict, orEqual ? 2 : 1);
        }
        Comparator symbol = Comparator.fromSymbol(c);
        if (symbol != null) {
            return new Found(symbol, 1);
        }
        if (WORD_STARTS.indexOf(c) < 0) {
            return null;
        }
        for (int k = 0; k < BEFORE.length; k++) {
            if (s.startsWith(BEFORE[k])) {
                return new Found(BEFORE_MEANS[k], BEFORE[k].length());
            }
        }
        return null;
    }

    /** A text that is a comparator and nothing else ({@code ≥}, {@code >=}, {@code 不少于}), or null. */
    static Comparator whole(String s) {
        Found f = before(s);
        return f != null && f.length() == s.length() ? f.comparator() : null;
    }

    /**
     * The comparator word ending {@code s} ({@code 以上}, {@code 及以下}, {@code （含）以上}), with the length of the
     * words; a lone {@code (含)} at the end is taken with a null comparator. Null when {@code s} ends otherwise.
     */
    static Found after(String s) {
        if (s.isEmpty() || s.charAt(s.length() - 1) != '上' && s.charAt(s.length() - 1) != '下'
                && s.charAt(s.length() - 1) != '内' && s.charAt(s.length() - 1) != ')') {
            return null;
        }
        int end = s.endsWith(INCLUSIVE) ? s.length() - INCLUSIVE.length() : s.length();
        for (int k = 0; k < AFTER.length; k++) {
            if (s.startsWith(AFTER[k], end - AFTER[k].length())) {
                int start = end - AFTER[k].length();
                start = s.startsWith(INCLUSIVE, start - INCLUSIVE.length()) ? start - INCLUSIVE.length() : start;
                return new Found(AFTER_MEANS[k], s.length() - start);
            }
        }
        return end < s.length() ? new Found(null, INCLUSIVE.length()) : null;
    }
}
