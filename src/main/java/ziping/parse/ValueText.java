package ziping.parse;

/**
 * The text of a value cell made ready for its grammar: each character folded to one character (full-width ASCII
 * forms such as {@code １２％ ＞＝} and the ideographic space to ASCII, the comparator variants {@code ⩾ ≧ ⩽ ≦ ═ ﹦ ﹤ ﹥} to {@code ≥ ≤ = < >}),
 * and whitespace dropped. One character for one keeps the scan simple and lets a unit be cut at the same offsets.
 */
final class ValueText {
    private ValueText() {
    }

    /** The folded text; the same string when nothing folds (the usual case, tested first). */
    static String fold(String s) {
        char[] chars = s.toCharArray(); // an array: String.charAt costs far more without C2 (the launcher's C1)
        int i = 0;
        while (i < chars.length && folded(chars[i]) == chars[i]) {
            i++;
        }
        if (i == chars.length) {
            return s;
        }
        for (; i < chars.length; i++) {
            chars[i] = folded(chars[i]);
        }
        return new String(chars);
    }

    /** The folded text without whitespace (an extractor's spaces and a cell's line breaks): {@code 12 种} → 12种. */
    static String compact(String s) {
        String f = fold(s);
        int i = 0;
        while (i < f.length() && !isSpace(f.charAt(i))) {
            i++;
        }
        if (i == f.length()) {
            return f;
        }
        StringBuilder b = new StringBuilder(f.length()).append(f, 0, i);
        for (; i < f.length(); i++) {
            if (!isSpace(f.charAt(i))) {
                b.append(f.charAt(i));
            }
        }
        return b.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u3000' || c == '\f';
    }

    private static char folded(char c) {
        if (c < 0x2200) {
            return c;
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '⩾', '≧' -> '≥';
            case '⩽', '≦' -> '≤';
            case '═', '﹦' -> '=';
            case '﹤' -> '<';
            case '﹥' -> '>';
            case '\u3000' -> ' ';
            default -> c;
        };
    }
}
