package ziping.read.text;

import ziping.grid.GridCell;

/** The text of a cell as copied: without the spaces around it, non-breaking and ideographic ones included. */
final class Cells {
    /** What keeps apart the words of a cell that a converter could not place ({@link GridCell#APART}). */
    static final String APART = GridCell.APART;

    private Cells() {
    }

    static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }
}
