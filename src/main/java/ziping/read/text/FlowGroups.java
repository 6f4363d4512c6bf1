package ziping.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of rows that share what the text printed for them ({@link FlowIndicators}): given how many of a row's cells
 * (two: a target and an actual, or a 分值 and a 得分; four: all of them) stand after each row's name, the shortest runs
 * of consecutive rows that together hold that many per row. A row with its cells is a run of its own; rows whose
 * cells pdfminer printed after a later row's name make one run. The rows after the last balanced run are one run,
 * however many cells they hold.
 */
final class FlowGroups {
    private FlowGroups() {
    }

    /** The runs as {@code [from, to)} row ranges, covering every row in order, for two cells a row. */
    static List<int[]> of(int[] counts) {
        return of(counts, 2);
    }

    /** The runs as {@code [from, to)} row ranges, covering every row in order, for {@code perRow} cells a row. */
    static List<int[]> of(int[] counts, int perRow) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int sum = 0;
        for (int r = 0; r < counts.length; r++) {
            sum += counts[r];
            if (sum == perRow * (r + 1 - from)) {
                out.add(new int[] {from, r + 1});
                from = r + 1;
                sum = 0;
            }
        }
        if (from < counts.length) {
            out.add(new int[] {from, counts.length});
        }
        return out;
    }
}
