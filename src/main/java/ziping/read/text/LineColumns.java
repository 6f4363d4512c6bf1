package ziping.read.text;

import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts the words of one line of layout text into columns. pdftotext places each word at its own estimate of where
 * it stands, so a column's words shift by a few characters from line to line (a line dense with Han characters is
 * set tighter or looser than one of digits); their order along the line is kept. The words go left to right into
 * columns that never go back, each near where the column's words usually stand (its left edge for left-aligned
 * columns, its centre for centred ones): the cheapest such placement over the whole line, words already known
 * (分值 and 得分 on a values line) held in their columns.
 */
final class LineColumns {
    /** What two words of one line in one cell cost: cells are mostly one word a line. */
    private static final double SHARED_CELL = 6;
    private static final double FAR = 1e9;
    private static final int LABEL_WIDTH = 5;
    private static final double LONG_LABEL = 3;
    /**
     * What a word costs in a label column of the other level, and a label's end or a whole label ({@code 标},
     * {@code 质量指标}) in a name column.
     */
    private static final double OTHER_LEVEL = 5;
    /** The {@code level} mark of a column that holds plain numbers (分值, 得分). */
    static final int NUMBERS = -1;
    /**
     * What a word without digits costs in a column of plain numbers: the wrapped end of a value or name in the
     * column beside it ({@code 按时限完} / {@code 成} printed under 分值), set off its own column's middle, or a reason's
     * short last line ({@code 。}, {@code 短。}) printed at the reason column's left edge, nearer 得分's middle than
     * the reason column's.
     */
    private static final double TEXT_IN_NUMBERS = 8;
    /** The {@code level} mark of the name column where a target column stands right of it. */
    static final int NAMES = -3;
    /**
     * What a word that reads as a quantity ({@code ≥96%}, {@code ≤7万元}) costs in the name column: a target printed one
     * space after its name's first line where the header puts the target column far right (Chromium), not the name's.
     */
    private static final double VALUE_IN_NAME = 8;
    /** The {@code fixed} mark of a word outside every column (its column comes out -1). */
    static final int OUTSIDE = -2;

    private LineColumns() {
    }

    /**
     * The column of each word. {@code at} is where each column's words usually stand, {@code left} whether the
     * column is left-aligned, {@code level} the label level a column holds (1 一级, 2 二级, {@link #NUMBERS} for a column
     * of plain numbers, else 0), {@code fixed} the known column of each word, -1
     * or {@link #OUTSIDE}.
     */
    static int[] assign(List<LayoutToken> line, double[] at, boolean[] left, int[] level, int[] fixedOnLine) {
        int[] out = new int[line.size()];
        Arrays.fill(out, -1);
        List<LayoutToken> words = new ArrayList<>();
        int[] index = new int[line.size()];
        int[] fixed = new int[line.size()];
        for (int k = 0; k < line.size(); k++) {
            if (fixedOnLine[k] != OUTSIDE) {
                index[words.size()] = k;
                fixed[words.size()] = fixedOnLine[k];
                words.add(line.get(k));
            }
        }
        int[] placed = assignWords(words, at, left, level, fixed);
        for (int i = 0; i < words.size(); i++) {
            out[index[i]] = placed[i];
        }
        return out;
    }

    private static int[] assignWords(List<LayoutToken> words, double[] at, boolean[] left, int[] level, int[] fixed) {
        int n = words.size();
        int m = at.length;
        int[] out = new int[n];
        if (n == 0 || m == 0) {
            return out;
        }
        double[][] cost = new double[n][m];
        int[][] from = new int[n][m];
        boolean[] held = new boolean[m];
        for (int i = 0; i < n; i++) {
            if (fixed[i] >= 0 && level[fixed[i]] == NUMBERS) {
                held[fixed[i]] = true;
            }
        }
        boolean[] value = new boolean[n];
        boolean valuesLine = false;
        for (boolean h : held) {
            valuesLine |= h;
        }
        for (int c = 0; c < m && valuesLine; c++) {
            if (level[c] == NAMES) {
                for (int i = 0; i < n; i++) {
                    value[i] = fixed[i] < 0 && isQuantity(words.get(i).text());
                }
            }
        }
        for (int c = 0; c < m; c++) {
            cost[0][c] = place(words.get(0), c, at, left, level, fixed[0], held, value[0]);
        }
        for (int i = 1; i < n; i++) {
            double best = FAR * 10;
            int bestColumn = -1;
            for (int c = 0; c < m; c++) {
                // best over columns strictly left of c, then the same column at a cost
                if (c > 0 && cost[i - 1][c - 1] < best) {
                    best = cost[i - 1][c - 1];
                    bestColumn = c - 1;
                }
                double same = cost[i - 1][c] + SHARED_CELL;
                double prior = Math.min(best, same);
                from[i][c] = same <= best ? c : bestColumn;
                cost[i][c] = prior + place(words.get(i), c, at, left, level, fixed[i], held, value[i]);
            }
        }
        int c = 0;
        for (int k = 1; k < m; k++) {
            if (cost[n - 1][k] < cost[n - 1][c]) {
                c = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = c;
            c = from[i][c];
        }
        return out;
    }

    /**
     * What a long word costs in a label column (一级, 二级): labels wrap after a few characters, so a long word there is
     * a name's, unless it reads as a whole label.
     */
    private static double overLabel(String word) {
        return word.length() <= LABEL_WIDTH || word.endsWith("指标") ? 0 : LONG_LABEL * (word.length() - LABEL_WIDTH);
    }

    /**
     * What a word costs in a column; {@code held} marks the columns of plain numbers that hold a known word on the line
     * (a 分值 or 得分 cell is one number: another word beside it belongs to the column next to it).
     */
    private static double place(LayoutToken word, int column, double[] at, boolean[] left, int[] level, int fixed,
                                boolean[] held, boolean value) {
        if (fixed >= 0) {
            return fixed == column ? 0 : FAR;
        }
        if (held[column]) {
            return FAR;
        }
        double x = left[column] ? word.start() : word.center();
        return Math.abs(x - at[column]) + (level[column] > 0 ? overLabel(word.text())
                + (LevelWords.fits(word.text(), level[column]) ? 0 : OTHER_LEVEL)
                : left[column] && (LevelWords.isLabelEnd(word.text()) || LevelWords.isLabel(word.text())) ? OTHER_LEVEL
                : 0)
                + (level[column] == NUMBERS && !hasDigit(word.text()) ? TEXT_IN_NUMBERS : 0)
                + (level[column] == NAMES && value ? VALUE_IN_NAME : 0);
    }

    /** Whether a word reads as a quantity (a number with its comparator or unit: {@code ≥96%}, {@code ≤7万元}). */
    private static boolean isQuantity(String word) {
        Measure m = ValueParser.measure(word);
        return m != null && m.kind() != MeasureKind.QUALITATIVE;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The median of the first {@code n} values (sorted in place), or NaN when there are none. */
    static double median(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** The index of a line's only word in either of two columns ({@code columnOf}: each word's column), else -1. */
    static int onlyIn(int[] columnOf, int one, int two) {
        int found = -1;
        for (int k = 0; k < columnOf.length; k++) {
            if (columnOf[k] == one || columnOf[k] == two) {
                if (found >= 0) {
                    return -1;
                }
                found = k;
            }
        }
        return found;
    }
}
