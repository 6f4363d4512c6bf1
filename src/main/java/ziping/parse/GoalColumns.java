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
        paragraphs.subList(1, paragraphs.size()).forEach(rest::addAll);
        return new String[] {text(paragraphs.get(0)), text(rest)};
    }

    /**
     * The line where the second cell starts: the split leaving the fewest short lines inside either cell; among
     * those, one where the first cell ends a sentence, and then the one whose last line is the shortest (a cell's
     * text ends mid-line).
     */
    private static int byWrapWidth(List<String> lines) {
        int best = lines.size();
        long bestScore = Long.MIN_VALUE;
        for (int at = 1; at < lines.size(); at++) {
            List<String> first = lines.subList(0, at);
            String last = first.get(first.size() - 1);
            int cost = shortLines(first) + shortLines(lines.subList(at, lines.size()));
            int sentenceEnd = SENTENCE_END.indexOf(last.charAt(last.length() - 1)) >= 0 ? 1 : 0;
            int ending = widest(first) - DisplayWidth.of(last);
            long score = -cost * 1_000_000L + sentenceEnd * 1_000L + ending;
            if (score > bestScore) {
                best = at;
                bestScore = score;
            }
        }
        return best;
    }

    private static int widest(List<String> cell) {
        return cell.stream().mapToInt(DisplayWidth::of).max().orElse(0);
    }

    /** Lines other than the last that fall short of the widest line by more than the slack. */
    private static int shortLines(List<String> cell) {
        int widest = widest(cell);
        int count = 0;
        for (String line : cell.subList(0, cell.size() - 1)) {
            if (DisplayWidth.of(line) < widest - WRAP_SLACK) {
                count++;
            }
        }
        return count;
    }

    private static String text(List<String> lines) {
        return HanNormalizer.cellText(String.join("\n", lines));
    }
}
