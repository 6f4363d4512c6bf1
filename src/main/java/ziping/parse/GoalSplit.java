package ziping.parse;

import ziping.text.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the 年度总体目标 text splits into 预期目标 and 实际完成情况 when an extractor printed the two cells one after the
 * other without a blank line (PDFBox's {@code PDFTextStripper}, PyMuPDF): the texts between spaces and line ends, in
 * order, each cell's lines being those of a wrapped cell; texts on one printed line are one line of a cell, a space
 * apart, unless the split falls between them (the left cell's last line printed beside the right cell's first).
 * Where the text does not tell one split ({@link #of}), the split is not known.
 */
public final class GoalSplit {
    /** Full lines of a cell differ by less than a character (display widths approximate the font's). */
    private static final int FULL_SLACK = 3;
    /** A line clearly short of its cell's widest: about three characters (punctuation kept together, digits). */
    private static final int WRAP_SLACK = 6;
    private static final String SENTENCE_END = "。；！？.;!?";
    private static final String CLOSING = "，。、；：？！）》」』】%％";
    private static final String OPENING = "（《「『【“‘";

    private GoalSplit() {
    }

    /**
     * The index of the first text of the second cell, or -1 where the split is not known. Each split is costed by the
     * lines of either cell, other than its last, that fall clearly short of the cell's widest line (real cells also
     * break lines by hand, and letters and digits make widths approximate, so a split is not refused for them); of the
     * cheapest splits, the only one, else the only one whose first cell ends a sentence, else the only one whose cells
     * both wrap exactly ({@link #wraps}) is taken.
     *
     * @param texts the texts in printed order (none empty)
     * @param lines the printed line of each text (texts of one line share it)
     */
    public static int of(List<String> texts, int[] lines) {
        int best = Integer.MAX_VALUE;
        List<Integer> cheapest = new ArrayList<>();
        for (int k = 1; k < texts.size(); k++) {
            int cost = shortLines(lines(texts, lines, 0, k)) + shortLines(lines(texts, lines, k, texts.size()));
            if (cost < best) {
                best = cost;
                cheapest.clear();
            }
            if (cost == best) {
                cheapest.add(k);
            }
        }
        if (cheapest.size() == 1) {
            return cheapest.get(0);
        }
        int ended = -1;
        int endings = 0;
        int exact = -1;
        int exacts = 0;
        for (int k : cheapest) {
            String last = texts.get(k - 1);
            if (SENTENCE_END.indexOf(last.charAt(last.length() - 1)) >= 0) {
                ended = k;
                endings++;
            }
            if (wraps(lines(texts, lines, 0, k)) && wraps(lines(texts, lines, k, texts.size()))) {
                exact = k;
                exacts++;
            }
        }
        return endings == 1 ? ended : exacts == 1 ? exact : -1;
    }

    /** The lines other than the last that fall short of the widest by more than {@link #WRAP_SLACK}. */
    private static int shortLines(List<String> lines) {
        int widest = 0;
        int[] widths = new int[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(lines.get(i));
            widest = Math.max(widest, widths[i]);
        }
        int count = 0;
        for (int i = 0; i + 1 < widths.length; i++) {
            if (widths[i] < widest - WRAP_SLACK) {
                count++;
            }
        }
        return count;
    }

    /** The printed lines of {@code texts[from, to)}: texts of one line joined a space apart. */
    public static List<String> lines(List<String> texts, int[] lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i > from && lines[i] == lines[i - 1]) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + texts.get(i));
            } else {
                out.add(texts.get(i));
            }
        }
        return out;
    }

    /**
     * Whether the lines can be one wrapped cell's: every line but the last about as wide as the widest and full (the
     * next line's first unit would not have fitted after it in the widest; the last may be a little wider than the
     * others where they broke before a unit of two characters, {@code 作，}).
     */
    public static boolean wraps(List<String> lines) {
        if (lines.size() <= 1) {
            return true;
        }
        int[] widths = new int[lines.size()];
        int widest = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(lines.get(i));
            widest = Math.max(widest, widths[i]);
        }
        for (int i = 0; i + 1 < widths.length; i++) {
            if (widths[i] < widest - FULL_SLACK || widths[i] + firstUnit(lines.get(i + 1)) <= widest) {
                return false;
            }
        }
        return true;
    }

    /**
     * The display width of the first unit a line break cannot cut at the start of {@code text}: a run of letters,
     * digits and ASCII signs, or one character with the closing punctuation after it (an opening bracket with the
     * character after it).
     */
    public static int firstUnit(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) > ' ' && text.charAt(end) < 0x7F) {
            end++;
        }
        if (end == 0 && !text.isEmpty()) {
            end = Character.charCount(text.codePointAt(0));
            if (OPENING.indexOf(text.charAt(0)) >= 0 && end < text.length()) {
                end += Character.charCount(text.codePointAt(end));
            }
            while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
        }
        return DisplayWidth.of(text.substring(0, end));
    }
}
