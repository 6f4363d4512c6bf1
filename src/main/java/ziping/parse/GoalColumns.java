package ziping.parse;

import ziping.text.DisplayWidth;
import ziping.text.HanNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the 年度总体目标 text into 预期目标 and 实际完成情况. Extractors that print a blank line between the two cells
 * give two paragraphs; PDFTextStripper prints none, so there the split is where the wrap width changes: each cell
 * wraps at its own column width, so every line of a cell but its last is nearly as wide as its widest line.
 */
final class GoalColumns {
    /** A wrapped line may fall short of its column by about three Chinese characters (punctuation kept together). */
    private static final int WRAP_SLACK = 6;
    private static final String SENTENCE_END = "。；！？.;!?）)";

    private GoalColumns() {
    }

    static String[] split(List<Line> lines) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = null;
        for (Line line : lines) {
            if (line.isBlank()) {
                current = null;
                continue;
            }
            if (current == null) {
                current = new ArrayList<>();
                paragraphs.add(current);
            }
            current.add(line.text());
        }
        if (paragraphs.isEmpty()) {
            return new String[] {"", ""};
        }
        if (paragraphs.size() == 1) {
            List<String> only = paragraphs.get(0);
            int at = byWrapWidth(only);
            return new String[] {text(only.subList(0, at)), text(only.subList(at, only.size()))};
        }
        List<String> rest = new ArrayList<>();
        for (List<String> paragraph : paragraphs.subList(1, paragraphs.size())) {
            rest.addAll(paragraph);
        }
        return new String[] {text(paragraphs.get(0)), text(rest)};
    }

    /**
     * The line where the second cell starts: the split leaving the fewest short lines inside either cell; among
     * those, one where the first cell ends a sentence, and then the one whose last line is the shortest (a cell's
     * text ends mid-line).
     */
    private static int byWrapWidth(List<String> lines) {
        int[] widths = new int[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(lines.get(i));
        }
        int best = lines.size();
        long bestScore = Long.MIN_VALUE;
        for (int at = 1; at < lines.size(); at++) {
            String last = lines.get(at - 1);
            int cost = shortLines(widths, 0, at) + shortLines(widths, at, widths.length);
            int sentenceEnd = SENTENCE_END.indexOf(last.charAt(last.length() - 1)) >= 0 ? 1 : 0;
            int ending = widest(widths, 0, at) - widths[at - 1];
            long score = -cost * 1_000_000L + sentenceEnd * 1_000L + ending;
            if (score > bestScore) {
                best = at;
                bestScore = score;
            }
        }
        return best;
    }

    /** The widest of the line widths {@code from} (inclusive) to {@code to} (exclusive). */
    private static int widest(int[] widths, int from, int to) {
        int widest = 0;
        for (int i = from; i < to; i++) {
            widest = Math.max(widest, widths[i]);
        }
        return widest;
    }

    /** Lines of a cell (widths {@code from} to {@code to}) other than its last that fall short of its widest line. */
    private static int shortLines(int[] widths, int from, int to) {
        int widest = widest(widths, from, to);
        int count = 0;
        for (int i = from; i < to - 1; i++) {
            if (widths[i] < widest - WRAP_SLACK) {
                count++;
            }
        }
        return count;
    }

    private static String text(List<String> lines) {
        return HanNormalizer.cellText(String.join("\n", lines));
    }
}
