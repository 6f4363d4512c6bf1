package ziping.report;

import ziping.text.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a number of terminal columns: between words for Latin text, between any two
 * characters for Chinese (which has no spaces), never inside a Latin word shorter than the line.
 */
final class Wrap {
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
