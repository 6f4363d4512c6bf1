package ziping.read.text;

import ziping.grid.GridCell;
import ziping.text.Whitespace;

import java.util.List;
import java.util.regex.Pattern;

/** The text of a cell as copied: without the spaces around it, non-breaking and ideographic ones included. */
final class Cells {
    /** What keeps apart the words of a cell that a converter could not place ({@link GridCell#APART}). */
    static final String APART = GridCell.APART;
    /** A run of spaces of any kind: what parts the tokens of a box-ordered line. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private Cells() {
    }

    static String trim(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Whitespace.isOrNoBreak(text.charAt(from))) {
            from++;
        }
        while (to > from && Whitespace.isOrNoBreak(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /**
     * The tokens of a line between runs of spaces, as {@code line.split(…)} gives them, with the pattern compiled once
     * ({@link String#split} compiles it on every call).
     */
    static List<String> tokens(String line) {
        return List.of(SPACES.split(line));
    }
}
