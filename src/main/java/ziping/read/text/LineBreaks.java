package ziping.read.text;

import java.util.List;

/**
 * Whether the lines of one wrapped cell can have been broken where they are: a renderer fills a cell's line before it
 * starts the next, so every line but the last is full. A line is short where the next line's first unbreakable unit
 * (an ideograph with the closing punctuation that may not start a line, or a run of digits and Latin letters) would
 * still have fitted on it, the cell's widest line being the least the cell's width can be ({@link Widths#width}: an
 * ideograph counts two, other characters one, a little slack per narrow character for proportional glyphs). A text
 * cut so that a cell's line is short is another cell's line, or a line of another row.
 */
final class LineBreaks {
    /** Slack for one line, in half ideographs: a glyph's width is only estimated. */
    private static final double SLACK = 2;
    /** Slack per character that is not an ideograph: proportional glyphs run wider than one half. */
    private static final double NARROW_SLACK = 0.5;
    private static final String NO_START = "，。、；：！？）】》」』”’%％·…";

    private LineBreaks() {
    }

    /** How many lines of a cell (its lines top to bottom) are short: each is another cell's or another row's. */
    static int shortLines(List<String> lines) {
        if (lines.size() < 2) {
            return 0;
        }
        int widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, Widths.width(line));
        }
        int out = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (Widths.width(line) + firstUnit(lines.get(i + 1)) + slack(line) <= widest) {
                out++;
            }
        }
        return out;
    }

    private static double slack(String line) {
        int narrow = 0;
        for (int i = 0; i < line.length(); i++) {
            narrow += line.charAt(i) < 0x2E80 ? 1 : 0;
        }
        return SLACK + NARROW_SLACK * narrow;
    }

    /** The width of a line's first unit that cannot be broken. */
    static int firstUnit(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        int end = 1;
        if (isWordChar(line.charAt(0)) || !isWordChar(line.charAt(0)) && line.charAt(0) < 0x2E80 && line.length() > 1
                && isWordChar(line.charAt(1))) {
            while (end < line.length() && isWordChar(line.charAt(end))) {
                end++;
            }
        }
        while (end < line.length() && NO_START.indexOf(line.charAt(end)) >= 0) {
            end++;
        }
        return Widths.width(line.substring(0, end));
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.');
    }
}
