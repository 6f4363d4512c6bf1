package ziping.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The row each line of a table part belongs to by a label column that prints one whole label a row (not merged):
 * a table row is a band of lines, so where a name's or reason's split between two rows is a tie (Chromium's text
 * prints a two-line name on its values line and the line below: {@code 各街道（乡镇）应} / {@code 急演练工作及时率} above
 * {@code 农村地区隐患整改} / {@code 响应时间} reads as well as one line and three), the lines of the row's own label
 * ({@code 产出指} / {@code 标}) settle it. A column's text is read as whole labels top to bottom; only where it reads
 * as exactly one whole label a row, in order, does it say anything.
 */
final class LabelRows {
    /** What a line costs in a row for each label column that puts it in another row (a tie-break). */
    private static final double OTHER_ROW = 0.3;

    /** For each line of the part (from its first line), the row each per-row label column puts it in, -1 where none. */
    private final int[][] rowOf;

    private LabelRows(int[][] rowOf) {
        this.rowOf = rowOf;
    }

    /**
     * The rows the label columns give the lines of a part of {@code lines} lines, {@code text[c][line]} the text of
     * label column c on each line, {@code rows} the part's row count.
     */
    static LabelRows of(List<String[]> text, int lines, int rows) {
        int[][] rowOf = new int[lines][text.size()];
        for (int c = 0; c < text.size(); c++) {
            int[] column = perRow(text.get(c), rows);
            for (int line = 0; line < lines; line++) {
                rowOf[line][c] = column == null ? -1 : column[line];
            }
        }
        return new LabelRows(rowOf);
    }

    /** Each line's row where the column reads as one whole label a row, in order; else null. */
    private static int[] perRow(String[] text, int rows) {
        int[] row = new int[text.length];
        List<int[]> labels = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        int start = -1;
        for (int line = 0; line < text.length; line++) {
            row[line] = -1;
            if (text[line].isEmpty()) {
                continue;
            }
            if (start < 0) {
                start = line;
            }
            label.append(text[line]);
            if (LevelWords.isLabel(label.toString())) {
                labels.add(new int[] {start, line});
                label.setLength(0);
                start = -1;
            } else if (!LevelWords.beginsLabel(label.toString())) {
                return null;
            }
        }
        if (start >= 0 || labels.size() != rows) {
            return null;
        }
        for (int r = 0; r < rows; r++) {
            for (int line = labels.get(r)[0]; line <= labels.get(r)[1]; line++) {
                row[line] = r;
            }
        }
        return row;
    }

    /** What putting {@code line} (from the part's first line) in {@code row} costs against the label columns. */
    double cost(int line, int row) {
        double cost = 0;
        for (int r : rowOf[line]) {
            if (r >= 0 && r != row) {
                cost += OTHER_ROW;
            }
        }
        return cost;
    }
}
