package ziping.read.text;

import ziping.parse.GoalSplit;
import ziping.text.DisplayWidth;
import ziping.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of text between spaces or line ends in box-ordered text: a cell, a line of a wrapped cell, or (where the
 * extractor printed two cells without a gap) two cells; {@code line} is its 1-based source line, {@code wholeLine}
 * whether it stands alone on it, {@code width} its display width, {@code glued} whether it was printed without a gap
 * after the cell before it (then split off it), {@code afterEmpty} whether an empty cell's mark stands right before it.
 *
 * <p>A browser's PDF draws a no-break space in an empty cell: PyMuPDF prints it as a line of only a space, PDFBox as
 * a no-break space standing alone between spaces. Such a mark is no piece; it marks the piece after it.
 */
record StreamPiece(String text, int line, boolean wholeLine, int width, boolean glued, boolean afterEmpty) {

    static StreamPiece of(String text, int line, boolean wholeLine) {
        return new StreamPiece(text, line, wholeLine, DisplayWidth.of(text), false, false);
    }

    /** The tail of a piece split after a cell printed without a gap before it ({@link StreamSplits}). */
    static StreamPiece glued(String text, int line) {
        return new StreamPiece(text, line, false, DisplayWidth.of(text), true, false);
    }

    /** This piece with an empty cell's mark before it or not. */
    StreamPiece marked(boolean mark) {
        return mark == afterEmpty ? this : new StreamPiece(text, line, wholeLine, width, glued, mark);
    }

    /**
     * The pieces of the lines: each line split at runs of spaces (non-breaking and ideographic ones included); a line
     * of only spaces, or a no-break space with a space or the line's end on both sides, marks the next piece.
     */
    static List<StreamPiece> split(List<String> lines) {
        List<StreamPiece> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        boolean mark = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            words.clear();
            marks.clear();
            int at = 0;
            while (at < line.length()) {
                int start = at;
                while (at < line.length() && Whitespace.isOrNoBreak(line.charAt(at))) {
                    mark |= line.charAt(at) == NO_BREAK && (at == 0 || line.charAt(at - 1) == ' ')
                            && (at + 1 == line.length() || line.charAt(at + 1) == ' ');
                    at++;
                }
                mark |= start == 0 && at == line.length() && at > 0;
                int end = at;
                while (end < line.length() && !Whitespace.isOrNoBreak(line.charAt(end))) {
                    end++;
                }
                if (end > at) {
                    words.add(line.substring(at, end));
                    marks.add(mark);
                    mark = false;
                }
                at = end;
            }
            for (int w = 0; w < words.size(); w++) {
                out.add(of(words.get(w), i + 1, words.size() == 1).marked(marks.get(w)));
            }
        }
        return out;
    }

    private static final char NO_BREAK = '\u00a0';

    /** The texts of {@code pieces[from, to)} joined as the lines of one cell. */
    static String join(List<StreamPiece> pieces, int from, int to) {
        if (to - from == 1) {
            return pieces.get(from).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(pieces.get(i).text());
        }
        return sb.toString();
    }

    /** The display width of the first unit a line break cannot cut at the start of {@code text} ({@link GoalSplit#firstUnit}). */
    static int firstUnit(String text) {
        return GoalSplit.firstUnit(text);
    }

    /**
     * Whether {@code pieces[from, to)} can be the lines of one wrapped cell: every line but the last about as wide as
     * the others (a cell wraps where the next character no longer fits, so its full lines differ by less than a
     * character), the last no wider than they are.
     */
    static boolean wraps(List<StreamPiece> pieces, int from, int to) {
        if (to - from <= 1) {
            return true;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = from; i < to - 1; i++) {
            int w = pieces.get(i).width();
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        return max - min <= 3 && pieces.get(to - 1).width() <= max + 1;
    }
}
