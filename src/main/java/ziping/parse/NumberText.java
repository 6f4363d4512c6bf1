package ziping.parse;

/**
 * Scans the number syntax of a cell by hand — an optional sign, digits either plain or grouped by thousands commas
 * ({@code 1,234}), an optional fraction — as the regex {@code [+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?} does when
 * what follows the number cannot start with a digit, comma or point (a unit, %, the end). Values are read for every
 * token of a table, which made the regex a hot spot.
 */
final class NumberText {
    /**
     * A number longer than this is not read as one (the cell is unreadable): no form prints one, and turning a
     * number of a million digits into a {@code BigDecimal} takes minutes.
     */
    static final int MAX_LENGTH = 1_000;

    private NumberText() {
    }

    /**
     * The end of the number starting at {@code from}, taking every digit, comma and point that follows; -1 if none,
     * or if it is longer than {@value #MAX_LENGTH} characters.
     */
    static int end(String s, int from) {
        int end = scan(s, from);
        return end - from > MAX_LENGTH ? -1 : end;
    }

    private static int scan(String s, int from) {
        int i = from;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int integerEnd = integerEnd(s, i);
        if (integerEnd < 0) {
            return -1;
        }
        if (integerEnd == s.length() || s.charAt(integerEnd) != '.') {
            return integerEnd;
        }
        int fractionEnd = digitsEnd(s, integerEnd + 1);
        return fractionEnd > integerEnd + 1 ? fractionEnd : -1;
    }

    /** End of the integer part at {@code from}: plain digits, or 1–3 digits then groups of a comma and 3 digits. */
    private static int integerEnd(String s, int from) {
        int end = digitsEnd(s, from);
        if (end == from) {
            return -1;
        }
        if (end == s.length() || s.charAt(end) != ',') {
            return end;
        }
        if (end - from > 3) {
            return -1;
        }
        while (end < s.length() && s.charAt(end) == ',') {
            int groupEnd = digitsEnd(s, end + 1);
            if (groupEnd - (end + 1) != 3) {
                return -1;
            }
            end = groupEnd;
        }
        return end;
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
