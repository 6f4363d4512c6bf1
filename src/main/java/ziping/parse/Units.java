package ziping.parse;

import ziping.text.HanNormalizer;

import java.util.Set;

/**
 * The unit printed after a number, by its shape rather than from a list, in text folded by {@link ValueText}: parts
 * joined by {@code /} or {@code ·} ({@code 元/户}, {@code 人·次}), each a run of Han characters ({@code 个工作日},
 * {@code 平方米}, {@code 万元}), {@code %}, {@code ‰}, {@code ℃} or, where allowed, Latin letters ({@code km},
 * {@code m2}); then, after Han, an optional bracketed Han note ({@code 个(套)}; in {@code %(暂定)} it is a remark).
 * A magnitude with its unit ({@code 万}, {@code 亿元}) is a unit like any other.
 */
final class Units {
    /** A unit's Han run is at most this long (个工作日, 标准立方米); longer text after a number is a phrase. */
    private static final int LONGEST_HAN_RUN = 5;
    /** Latin units are short (km, kg, MW, Mbps). */
    private static final int LONGEST_LATIN_RUN = 4;
    private static final int MOST_PARTS = 3;
    private static final String SYMBOLS = "%‰℃㎡㎞㎏";
    /** A magnitude alone, which in extracted text is the first half of a unit split over two lines (455.91264万 / 元). */
    private static final Set<String> MAGNITUDES = Set.of("十", "百", "千", "万", "亿", "十万", "百万", "千万");
    private static final String PERCENT_IN_WORDS = "百分比";

    private Units() {
    }

    /**
     * Whether {@code s} is a whole unit. {@code latin} allows Latin letters, which only a cell known to hold a value
     * may have: in running text {@code 5G} is a name, not five of G.
     */
    static boolean isUnit(String s, boolean latin) {
        int i = 0;
        int parts = 0;
        while (true) {
            int end = partEnd(s, i, latin);
            if (end == i || ++parts > MOST_PARTS) {
                return false;
            }
            i = end;
            if (i == s.length()) {
                return true;
            }
            char c = s.charAt(i);
            if (c == '(') {
                return HanNormalizer.isHan(s.charAt(i - 1)) && noteEnd(s, i) == s.length();
            }
            if (c != '/' && c != '·') {
                return false;
            }
            i++;
        }
    }

    static boolean isMagnitude(String unit) {
        return MAGNITUDES.contains(unit);
    }

    /** The unit as the model holds it: brackets full-width ({@code 个（套）}), {@code 百分比} as {@code %}. */
    static String normalise(String unit) {
        if (unit.equals(PERCENT_IN_WORDS)) {
            return "%";
        }
        return unit.indexOf('(') < 0 ? unit : unit.replace('(', '（').replace(')', '）');
    }

    /** The end of one part at {@code from}; {@code from} when none starts there. */
    private static int partEnd(String s, int from, boolean latin) {
        if (from == s.length()) {
            return from;
        }
        char c = s.charAt(from);
        if (SYMBOLS.indexOf(c) >= 0) {
            return from + 1;
        }
        if (HanNormalizer.isHan(c)) {
            return hanEnd(s, from);
        }
        if (latin && isLatin(c)) {
            int i = from;
            while (i < s.length() && isLatin(s.charAt(i)) && i - from < LONGEST_LATIN_RUN) {
                i++;
            }
            if (i < s.length() && "23²³".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return i < s.length() && isLatin(s.charAt(i)) ? from : i;
        }
        return from;
    }

    /**
     * The end of a run of Han characters of at most {@link #LONGEST_HAN_RUN}, none repeating the one before it (no unit
     * does: 次次 is an extractor's stutter); {@code from} when the run is longer or stutters.
     */
    private static int hanEnd(String s, int from) {
        int i = from;
        while (i < s.length() && HanNormalizer.isHan(s.charAt(i))) {
            if (i > from && s.charAt(i) == s.charAt(i - 1) || i - from == LONGEST_HAN_RUN) {
                return from;
            }
            i++;
        }
        return i;
    }

    /** The end of a bracketed Han note at {@code from} ({@code (套)}); -1 when there is none. */
    private static int noteEnd(String s, int from) {
        int end = hanEnd(s, from + 1);
        return end > from + 1 && end < s.length() && s.charAt(end) == ')' ? end + 1 : -1;
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
