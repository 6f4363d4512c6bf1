package ziping.parse;

import ziping.text.Whitespace;

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
            int end = i;
            while (end < lines.size() && isFragment(lines.get(end).text())) {
                end++;
            }
            if (end - i < 2) {
                out.add(lines.get(i));
                i++;
            } else {
                dropFromRun(lines, i, end, out);
                i = end;
            }
        }
        return out;
    }

    /**
     * The lines of a run of fragments {@code [from, end)}: from each line on, the rest of the run read as one word
     * is the 项目资金 label (kept as one line, the run ends), or vertical labels (dropped, the run ends), or else the
     * line is kept and the next one tried. The words are suffixes of one joined text, so the test for each start is
     * a lookup ({@link Run}), and a run of 100,000 short lines takes linear time, not quadratic.
     */
    private static void dropFromRun(List<Line> lines, int from, int end, List<Line> out) {
        Run run = new Run(lines.subList(from, end));
        for (int k = from; k < end; k++) {
            int at = k - from;
            boolean word = end - k >= 2;
            if (word && run.text.startsWith(FUNDING, run.offsets[at])) {
                out.add(new Line(lines.get(k).number(), run.text.substring(run.offsets[at])));
                return;
            }
            if (word && run.markersFrom[run.offsets[at]]) {
                return;
            }
            out.add(lines.get(k));
        }
    }

    /** A run of fragments joined: where each fragment starts, and from which characters on the rest is markers. */
    private static final class Run {
        final String text;
        final int[] offsets;
        /** {@code markersFrom[p]}: the text from p on is one or more vertical labels (read greedily, a label repeated at a page break too). */
        final boolean[] markersFrom;

        Run(List<Line> fragments) {
            StringBuilder joined = new StringBuilder();
            offsets = new int[fragments.size()];
            for (int i = 0; i < fragments.size(); i++) {
                offsets[i] = joined.length();
                joined.append(fragments.get(i).text());
            }
            text = joined.toString();
            markersFrom = new boolean[text.length() + 1];
            markersFrom[text.length()] = true;
            for (int p = text.length() - 1; p >= 0; p--) {
                String marker = markerAt(text, p);
                markersFrom[p] = marker != null && markersFrom[p + marker.length()];
            }
        }
    }

    /** The first vertical label (other than 项目资金) that starts at {@code at}. */
    private static String markerAt(String text, int at) {
        for (String marker : Labels.VERTICAL_MARKERS) {
            if (!marker.equals(FUNDING) && text.startsWith(marker, at)) {
                return marker;
            }
        }
        return null;
    }

    /** The lines without whitespace at either end; a line with none there (most) is kept as it is, unscanned. */
    private static List<Line> stripped(List<Line> numbered) {
        List<Line> lines = new ArrayList<>(numbered.size());
        for (Line l : numbered) {
            String text = l.text();
            lines.add(text.isEmpty() || !Whitespace.is(text.charAt(0))
                    && !Whitespace.is(text.charAt(text.length() - 1)) ? l : new Line(l.number(), text.strip()));
        }
        return lines;
    }

    private static boolean isFragment(String s) {
        if (s.isEmpty() || s.length() > FRAGMENT) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Whitespace.is(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
