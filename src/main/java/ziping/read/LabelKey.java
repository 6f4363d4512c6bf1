package ziping.read;

import java.text.Normalizer;
import java.util.List;

import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.text.Whitespace;

/**
 * The key a label or header is matched on: NFKC (full-width forms folded), without whitespace, without bracketed
 * parts ({@code (A)}, {@code （万元）}, {@code (B/A)}, {@code (10分)}) or stray brackets (a bracket of a neighbour's
 * text that overflowed into the cell), without a leading 其中 and trailing colons.
 */
final class LabelKey {
    private LabelKey() {
    }

    /** No label or header is longer; a longer cell (a name, a reason, a goal) has no key. */
    private static final int LONGEST_LABEL = 40;

    /** Whether a text is too long to be a label (it has no key, yet is not empty). */
    static boolean isLong(String text) {
        return isLong(text.length());
    }

    /** Whether a text of this length is too long to be a label. */
    static boolean isLong(int length) {
        return length > LONGEST_LABEL;
    }

    static String of(String text) {
        if (text.length() > LONGEST_LABEL) {
            return "";
        }
        String folded = needsFolding(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        StringBuilder sb = new StringBuilder(folded.length());
        int depth = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '(' || c == '[' || c == '【') {
                depth++;
            } else if (c == ')' || c == ']' || c == '】') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && !Whitespace.isOrNoBreak(c)) {
                sb.append(c);
            }
        }
        String key = sb.toString();
        if (key.startsWith("其中")) {
            key = key.substring(2);
        }
        key = stripColons(key);
        return key;
    }

    /** Whether NFKC could change the text: compatibility, full-width or radical characters (the cheap test first). */
    private static boolean needsFolding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xF900 || c >= 0x2E80 && c <= 0x2FDF || c == 0x3000 || c >= 0x2460 && c <= 0x24FF) {
                return true;
            }
        }
        return false;
    }

    private static String stripColons(String key) {
        int from = 0;
        int to = key.length();
        while (from < to && isColon(key.charAt(from))) {
            from++;
        }
        while (to > from && isColon(key.charAt(to - 1))) {
            to--;
        }
        return key.substring(from, to);
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    /** The text without whitespace (titles are matched on it, brackets kept). */
    static String compact(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Whitespace.isOrNoBreak(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a cell's lines print more than {@code most} characters (white space aside), counted only as far as
     * needed: a lower bound of the length of the cell's {@link #compact} text, which tells a name or a reason from a
     * label without copying it.
     */
    static boolean printsMoreThan(List<String> lines, int most) {
        return printed(lines, 0, most) > most;
    }

    /** Whether a row's cells print more than {@code most} characters (see {@link #printsMoreThan(List, int)}). */
    static boolean printsMoreThan(GridRow row, int most) {
        int printed = 0;
        for (GridCell cell : row.cells()) {
            printed = printed(cell.lines(), printed, most);
            if (printed > most) {
                return true;
            }
        }
        return false;
    }

    private static int printed(List<String> lines, int before, int most) {
        int printed = before;
        for (String line : lines) {
            for (int i = 0; i < line.length() && printed <= most; i++) {
                char c = line.charAt(i);
                if (!Whitespace.isAnySpace(c)) {
                    printed++;
                }
            }
        }
        return printed;
    }
}
