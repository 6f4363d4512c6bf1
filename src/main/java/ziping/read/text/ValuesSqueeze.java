package ziping.read.text;

import java.util.List;

/**
 * How much tighter than the table's other values lines pdftotext set one values line: it places a word no further
 * right than the characters before it reach, so a line whose name is long and dense (Chromium's text:
 * {@code 各街道（乡镇）硬件采购 按计划完成 按计划完成 9.00 9.00}, its 分值 at 38 where the other lines print theirs at 49)
 * pulls its target and actual left with it, the actual to where the target column stands. The line's target and actual
 * columns are looked for where the line's own 分值 says they are: their places scaled by where its 分值 stands against
 * the table's.
 */
final class ValuesSqueeze {
    /** The fewest characters off the table's 分值 place a line's 分值 stands before the line counts as squeezed. */
    private static final double OFF = 3;

    private ValuesSqueeze() {
    }

    /**
     * The line's scale: where its 分值 word (held in column {@code weight} by {@code fixed}) stands over the column's
     * place {@code at[weight]}; 1 where the line has none or stands near the column's place.
     */
    static double of(List<LayoutToken> line, int[] fixed, int weight, double[] at) {
        for (int k = 0; k < line.size(); k++) {
            if (fixed[k] == weight) {
                double x = line.get(k).center();
                return at[weight] - x >= OFF ? x / at[weight] : 1;
            }
        }
        return 1;
    }

    /** The columns' places on the line: those between the name column and 分值 scaled, the others as they are. */
    static double[] places(double[] at, double squeeze, int name, int weight) {
        if (squeeze == 1 || name < 0) {
            return at;
        }
        double[] out = at.clone();
        for (int c = name + 1; c < weight; c++) {
            out[c] = at[c] * squeeze;
        }
        return out;
    }
}
