package ziping.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels printed down a merged cell, one or two characters per line (年\n度\n总\n体\n目\n标, 绩效\n指标, 续\n上\n页,
 * 项目\n资金\n（万\n元）). Runs of such short lines that spell vertical labels are not data and are dropped; the
 * 项目资金 label is kept as one line, since it names the funding unit.
 */
final class VerticalLabels {
    /** A line of a vertical label holds at most this many characters. */
    private static final int FRAGMENT = 3;
    private static final String FUNDING = "项目资金";

    private VerticalLabels() {
    }

    static List<Line> drop(List<Line> numbered) {
        List<Line> lines = stripped(numbered);
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isFragment(lines.get(j).text())) {
                j++;
            }
            String word = j - i >= 2 ? joined(lines.subList(i, j)) : "";
            if (word.startsWith(FUNDING)) {
                out.add(new Line(lines.get(i).number(), word));
                i = j;
            } else if (isMarkers(word)) {
                i = j;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    private static List<Line> stripped(List<Line> numbered) {
        List<Line> lines = new ArrayList<>(numbered.size());
        for (Line l : numbered) {
            lines.add(new Line(l.number(), l.text().strip()));
        }
        return lines;
    }

    private static String joined(List<Line> fragments) {
        StringBuilder word = new StringBuilder();
        for (Line fragment : fragments) {
            word.append(fragment.text());
        }
        return word.toString();
    }

    private static boolean isFragment(String s) {
        if (s.isEmpty() || s.length() > FRAGMENT) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is one or more vertical labels in a row (a label can repeat at a page break). */
    private static boolean isMarkers(String text) {
        int at = 0;
        while (at < text.length()) {
            int from = at;
            for (String marker : Labels.VERTICAL_MARKERS) {
                if (!marker.equals(FUNDING) && text.startsWith(marker, at)) {
                    at += marker.length();
                    break;
                }
            }
            if (at == from) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
