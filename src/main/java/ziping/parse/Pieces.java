package ziping.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at runs of whitespace as the regex {@code \s+} does (space, TAB, LF, VT, FF, CR; not U+3000), without
 * the regex: table lines are split into cells once per line, which made the regex a hot spot.
 */
final class Pieces {
    private Pieces() {
    }

    /**
     * The non-empty pieces of {@code text} between runs of whitespace, in a new modifiable list. The scan runs over a
     * copy in an array: without C2 (the launcher runs C1) {@code String.charAt} costs a bounds check call a character,
     * and the copy and the scan together cost a quarter less.
     */
    static List<String> of(String text) {
        List<String> pieces = new ArrayList<>();
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            if (isSpace(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < chars.length && !isSpace(chars[i])) {
                i++;
            }
            pieces.add(text.substring(start, i));
        }
        return pieces;
    }

    /** The first index at or after {@code from} that is not whitespace, or the length. */
    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
