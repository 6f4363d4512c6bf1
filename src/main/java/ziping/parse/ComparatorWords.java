package ziping.parse;

import ziping.model.Comparator;

import java.util.List;
import java.util.stream.Stream;

/**
 * The comparator of a target or actual, printed as a symbol or in words, in text folded by {@link ValueText}: before
 * the number {@code ≥ >= = 不少于 不低于 至少 大于等于 …}, after it {@code 以上 及以上 以下 及以下 以内}.
 */
final class ComparatorWords {
    /**
     * Words before the number. A word that starts a longer one of another comparator comes in a later group
     * (大于 after 大于等于, 小于 after 小于等于), so the first word found is the longest.
     */
    private static final List<Word> BEFORE = Stream.of(
            words(Comparator.GE, "大于或等于", "大于等于", "不少于", "不低于", "不小于", "至少", "最少"),
            words(Comparator.LE, "小于或等于", "小于等于", "不多于", "不超过", "不高于", "不大于", "最多", "至多"),
            words(Comparator.GT, "大于", "高于", "超过", "多于"),
            words(Comparator.LT, "小于", "低于", "少于", "不足"),
            words(Comparator.EQ, "等于")).flatMap(List::stream).toList();
    /** The first characters of {@link #BEFORE}, so most cells are passed over with one lookup. */
    private static final String WORD_STARTS = "大不至最小高超多低少等";
    /** Words after the number and its unit, longest first. */
    private static final List<Word> AFTER = Stream.of(words(Comparator.GE, "及以上"),
            words(Comparator.LE, "及以下", "及以内"), words(Comparator.GE, "以上"), words(Comparator.LE, "以下", "以内"))
            .flatMap(List::stream).toList();
    /** The last characters of {@link #AFTER} and of {@link #INCLUSIVE}. */
    private static final String AFTER_ENDS = "上下内)";
    /** "Inclusive", printed next to 以上/以下: {@code 95%（含）以上}, {@code 5次以内(含)}; it changes nothing. */
    private static final String INCLUSIVE = "(含)";

    private ComparatorWords() {
    }

    private record Word(String text, Comparator means) {
    }

    private static List<Word> words(Comparator means, String... texts) {
        return Stream.of(texts).map(t -> new Word(t, means)).toList();
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
        for (Word w : BEFORE) {
            if (s.startsWith(w.text())) {
                return new Found(w.means(), w.text().length());
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
        if (s.isEmpty() || AFTER_ENDS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return null;
        }
        int end = s.endsWith(INCLUSIVE) ? s.length() - INCLUSIVE.length() : s.length();
        for (Word w : AFTER) {
            int start = end - w.text().length();
            if (s.startsWith(w.text(), start)) {
                start = s.startsWith(INCLUSIVE, start - INCLUSIVE.length()) ? start - INCLUSIVE.length() : start;
                return new Found(w.means(), s.length() - start);
            }
        }
        return end < s.length() ? new Found(null, INCLUSIVE.length()) : null;
    }
}
