package ziping.text;

/** Terminal column width of text: East Asian wide and full-width characters take two columns. */
public final class DisplayWidth {
    private static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
            {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
            {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD}};

    private DisplayWidth() {
    }

    public static int of(String s) {
        int width = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    public static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    /** {@code s} cut to at most {@code max} columns, ending in … when cut. */
    public static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int width = 1;
        for (int cp : s.codePoints().toArray()) {
            int w = isWide(cp) ? 2 : 1;
            if (width + w > max) {
                break;
            }
            out.appendCodePoint(cp);
            width += w;
        }
        return out.append('…').toString();
    }

    private static boolean isWide(int cp) {
        for (int[] range : WIDE) {
            if (cp >= range[0] && cp <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
