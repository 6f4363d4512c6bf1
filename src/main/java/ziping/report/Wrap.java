package ziping.report;

import ziping.text.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a number of terminal columns: between words for Latin text, between any two
 * characters for Chinese (which has no spaces), never inside a Latin word shorter than the line, and never so that
 * a line begins with closing punctuation.
 */
final class Wrap {
    /** Punctuation that may not begin a line in Chinese typesetting: the character before it goes along. */
    private static final String NO_LINE_START = "。，、；：？！）」』”’》〉】,.;:?!)";
    private Wrap() {
    }

    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (width < 2 || DisplayWidth.of(text) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int used = 0;
        int lastSpace = -1;
        for (int cp : text.codePoints().toArray()) {
            String ch = new String(Character.toChars(cp));
            int w = DisplayWidth.of(ch);
            if (used + w > width) {
                if (cp != ' ' && lastSpace > 0 && Character.isLetterOrDigit(cp) && cp < 0x2E80) {
                    String carried = line.substring(lastSpace + 1);
                    lines.add(line.substring(0, lastSpace).stripTrailing());
                    line.setLength(0);
                    line.append(carried);
                } else if (NO_LINE_START.indexOf(cp) >= 0 && line.length() > 1) {
                    int last = line.offsetByCodePoints(line.length(), -1);
                    String carried = line.substring(last);
                    lines.add(line.substring(0, last).stripTrailing());
                    line.setLength(0);
                    line.append(carried);
                } else {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                used = DisplayWidth.of(line.toString());
                lastSpace = -1;
                if (cp == ' ') {
                    continue;
                }
            }
            if (cp == ' ') {
                lastSpace = line.length();
            }
            line.append(ch);
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
