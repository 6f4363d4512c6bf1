package ziping.read.text;

import java.util.List;

/**
 * Gives back to its label the wrapped end that {@link LineColumns} put in the name column: Chromium's text may print a
 * label's end on the label's line, a space after its start and right before the name ({@code 社会效益指 标
 * 执法检查服务受益人次}), where by its place it goes to the name. A label end ({@code 标}, {@code 指标}) in the name column
 * right after the start of a label in a label column, which it completes, is that label's.
 */
final class LabelEnds {
    private LabelEnds() {
    }

    /** Mends {@code columnOf} (by line from {@code from}, by token) for the name column {@code name}. */
    static void mend(List<List<LayoutToken>> tokens, int from, int to, int[][] columnOf, int name, List<Integer> labels) {
        if (name < 0) {
            return;
        }
        for (int line = from; line < to; line++) {
            int[] col = columnOf[line - from];
            List<LayoutToken> t = tokens.get(line);
            for (int k = 1; k < t.size(); k++) {
                String word = t.get(k).text();
                String before = t.get(k - 1).text();
                if (col[k] == name && col[k - 1] >= 0 && labels.contains(col[k - 1]) && LevelWords.isLabelEnd(word)
                        && LevelWords.startsLabel(before) && LevelWords.isLabel(before + word)) {
                    col[k] = col[k - 1];
                }
            }
        }
    }
}
