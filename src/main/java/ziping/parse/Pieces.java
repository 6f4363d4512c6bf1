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

    /** The non-empty pieces of {@code text} between runs of whitespace, in a new modifiable list. */
    static List<String> of(String text) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
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
