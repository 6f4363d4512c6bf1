package ziping.parse;

import ziping.text.HanNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the 年度总体目标 text into 预期目标 and 实际完成情况. Extractors that print a blank line between the two cells
 * give two paragraphs; PDFTextStripper prints none, so there the split is where both cells wrap as cells do, each at
 * its own column width ({@link GoalSplit}); where that does not tell, the goals are not known (null).
 */
final class GoalColumns {

    private GoalColumns() {
    }

    /** The expected goal and the actual result, empty where not printed; null where the split is not known. */
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
            return oneRun(paragraphs.get(0));
        }
        List<String> rest = new ArrayList<>();
        for (List<String> paragraph : paragraphs.subList(1, paragraphs.size())) {
            rest.addAll(paragraph);
        }
        return new String[] {text(paragraphs.get(0)), text(rest)};
    }

    /**
     * The two cells of one run of lines ({@link GoalSplit}: the texts between spaces and line ends, split where both
     * cells wrap as cells do), or null where that is not known.
     */
    private static String[] oneRun(List<String> lines) {
        List<String> texts = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (String t : lines.get(i).strip().split("[\\s\u00a0\u3000]+")) {
                if (!t.isEmpty()) {
                    texts.add(t);
                    lineOf.add(i);
                }
            }
        }
        int[] at = lineOf.stream().mapToInt(Integer::intValue).toArray();
        int split = GoalSplit.of(texts, at);
        if (split < 0) {
            return null;
        }
        return new String[] {text(GoalSplit.lines(texts, at, 0, split)),
                text(GoalSplit.lines(texts, at, split, texts.size()))};
    }

    private static String text(List<String> lines) {
        return HanNormalizer.cellText(String.join("\n", lines));
    }
}
