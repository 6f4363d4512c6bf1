package ziping.text;

/**
 * Makes text safe to show on a terminal or in a spreadsheet: control characters (C0 but for none, DEL, C1) and the
 * bidirectional overrides that reorder what is shown are written as {@code \u001B}-style escapes, so a form or a
 * file name cannot set the terminal's title, clear the screen, hide text or make text read in another order.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** The text with every control character escaped; the same string when it has none. */
    public static String printable(String text) {
        return escaped(text, false);
    }

    /**
     * The text with every control character escaped but line breaks and tabs, for outputs that show or encode those
     * themselves (HTML, GitHub's workflow commands).
     */
    public static String printableLines(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean keepLines) {
        if (text == null || isPrintable(text, keepLines)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isEscaped(c, keepLines)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPrintable(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            if (isEscaped(text.charAt(i), keepLines)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEscaped(char c, boolean keepLines) {
        return isControl(c) && !(keepLines && (c == '\n' || c == '\r' || c == '\t'));
    }

    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
