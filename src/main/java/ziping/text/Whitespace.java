package ziping.text;

/**
 * The space tests of {@link Character} ({@code isWhitespace}, {@code isSpaceChar}), with the common characters answered
 * before their table lookup.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * Whether the character is whitespace, exactly as {@link Character#isWhitespace(char)} says. Printable ASCII and
     * everything above U+3000 (the ideographic space: Han text) is not, and is answered at once; the Unicode lookup
     * behind {@code Character.isWhitespace} is several calls deep without C2 (the launcher runs C1), and the line
     * readers ask it of most characters they see.
     */
    public static boolean is(char c) {
        return !surelyPrinted(c) && Character.isWhitespace(c);
    }

    /**
     * Whether the code point is a space of any kind: whitespace to {@link Character#isWhitespace(int)} or a space to
     * {@link Character#isSpaceChar(int)}, which adds the no-break spaces (U+00A0, U+2007, U+202F). Answered at once,
     * as {@link #is(char)} is, for printable ASCII and everything above U+3000.
     */
    public static boolean isAnySpace(int cp) {
        return !surelyPrinted(cp) && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Printable ASCII, or above U+3000 (the ideographic space, the last space of any kind): no space, by range. */
    private static boolean surelyPrinted(int cp) {
        return cp > ' ' && cp < 0x80 || cp > 0x3000;
    }

    /** Whitespace or the no-break space U+00A0, which {@code Character.isWhitespace} leaves out: a space in a cell. */
    public static boolean isOrNoBreak(char c) {
        return is(c) || c == '\u00a0';
    }
}
