package ziping.parse;

import java.util.regex.Pattern;

/**
 * A date or month as a target or actual, in text folded by {@link ValueText} without spaces: {@code 2021年12月31日},
 * {@code 2024年6月}, {@code 12月24日}, {@code 2024年底}, {@code 2024年上半年}, {@code 6月底前}, and the numeric forms
 * {@code 2024.12.31}, {@code 2024-12-31}, {@code 2024/12/31}. {@code 2024.12} is a number, not a date: nothing in the
 * cell tells the two apart. {@code 12月} alone is a number of months.
 */
final class DateText {
    private static final Pattern WORDS = Pattern.compile(
            "\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:底|前|初|末|年底|年末|上半年|下半年)?(?:前)?"
                    + "|\\d{1,2}月\\d{1,2}日(?:前)?|\\d{1,2}月(?:底|初|末|中旬|上旬|下旬)(?:前)?");
    private static final int YEAR_DIGITS = 4;
    private static final int LONGEST_NUMERIC = "2024.12.31".length();

    private DateText() {
    }

    /** The regex runs only on text holding 年 or 月; numeric dates are scanned by hand. */
    static boolean isDate(String folded) {
        if (folded.indexOf('年') >= 0 || folded.indexOf('月') >= 0) {
            return WORDS.matcher(folded).matches();
        }
        return isNumericDate(folded);
    }

    /** {@code yyyy.m.d}, {@code yyyy-m-d} or {@code yyyy/m/d} with the same separator twice and a real month and day. */
    private static boolean isNumericDate(String s) {
        if (s.length() < "2024.1.1".length() || s.length() > LONGEST_NUMERIC || !digits(s, 0, YEAR_DIGITS)) {
            return false;
        }
        char sep = s.charAt(YEAR_DIGITS);
        if (sep != '.' && sep != '-' && sep != '/') {
            return false;
        }
        int second = s.indexOf(sep, YEAR_DIGITS + 1);
        if (second < 0) {
            return false;
        }
        int month = small(s, YEAR_DIGITS + 1, second);
        int day = small(s, second + 1, s.length());
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
    }

    /** The number of one or two digits in {@code s[from, to)}; -1 when it is not that. */
    private static int small(String s, int from, int to) {
        if (to - from < 1 || to - from > 2 || !digits(s, from, to)) {
            return -1;
        }
        return Integer.parseInt(s, from, to, 10);
    }
}
