package ziping.read.text;

import java.util.List;

/**
 * How much tighter or looser than the table's other values lines pdftotext set one values line: it sets each line at
 * a pitch of its own, so a line whose name is long and dense (Chromium's text:
 * {@code 各街道（乡镇）硬件采购 按计划完成 按计划完成 9.00 9.00}, its 分值 at 38 where the other lines print theirs at 49)
 * pulls its target and actual left with it, the actual to where the target column stands (and a line set looser
 * pushes its target to the actual's place). The line's target and actual columns are looked for where the line's own
 * 分值 says they are: their places from the name column's scaled by where its 分值 stands against the table's.
 */
final class ValuesSqueeze {
    /** The fewest characters off the table's 分值 place a line's 分值 stands before the line counts as set otherwise. */
    private static final double OFF = 3;

    private ValuesSqueeze() {
    }

    /**
     * The line's scale: how far right of the name column's place its 分值 word (held in column {@code weight} by
     * {@code fixed}) stands over how far the 分值 column's place {@code at[weight]} does; 1 where the line has none or it
     * stands near the column's place.
     */
    static double of(List<LayoutToken> line, int[] fixed, int name, int weight, double[] at) {
        if (name < 0 || at[weight] <= at[name]) {
            return 1;
        }
        for (int k = 0; k < line.size(); k++) {
            if (fixed[k] == weight) {
                double x = line.get(k).center();
                return Math.abs(at[weight] - x) >= OFF && x > at[name]
                        ? (x - at[name]) / (at[weight] - at[name]) : 1;
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
            out[c] = at[name] + (at[c] - at[name]) * squeeze;
        }
        return out;
    }
}
