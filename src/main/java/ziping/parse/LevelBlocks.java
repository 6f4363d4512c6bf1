package ziping.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each table row the label of a merged cell spanning a block of rows (一级指标), printed once at the vertical
 * centre of its block: rows are split into consecutive blocks, one per label in order, so that each block's centre
 * is as near as possible to its label's line. A label printed again on the next page is one label at the mean of
 * its lines.
 */
final class LevelBlocks {
    /** A label as printed, at a (mean) line position. */
    record Marker(String label, double line) {
    }

    private LevelBlocks() {
    }

    /** Consecutive markers with the same label are one marker at the mean of their lines. */
    static List<Marker> merge(List<Marker> markers) {
        List<Marker> out = new ArrayList<>();
        int i = 0;
        while (i < markers.size()) {
            int j = i;
            double sum = 0;
            while (j < markers.size() && markers.get(j).label().equals(markers.get(i).label())) {
                sum += markers.get(j).line();
                j++;
            }
            out.add(new Marker(markers.get(i).label(), sum / (j - i)));
            i = j;
        }
        return out;
    }

    /**
     * The label of each row, rows given by their first and last lines in order; all empty when there are no
     * markers, or more markers than rows.
     */
    static List<String> labels(List<RowGrouper.Row> rows, List<Marker> markers) {
        int n = rows.size();
        int k = markers.size();
        List<String> out = new ArrayList<>();
        if (k == 0 || k > n) {
            rows.forEach(r -> out.add(""));
            return out;
        }
        double[][] cost = new double[k + 1][n + 1];
        int[][] from = new int[k + 1][n + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int j = 1; j <= k; j++) {
            for (int end = j; end <= n; end++) {
                for (int start = j - 1; start < end; start++) {
                    if (cost[j - 1][start] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double centre = (rows.get(start).top() + rows.get(end - 1).bottom()) / 2.0;
                    double c = cost[j - 1][start] + Math.abs(centre - markers.get(j - 1).line());
                    if (c < cost[j][end]) {
                        cost[j][end] = c;
                        from[j][end] = start;
                    }
                }
            }
        }
        String[] labels = new String[n];
        int end = n;
        for (int j = k; j >= 1; j--) {
            int start = from[j][end];
            for (int r = start; r < end; r++) {
                labels[r] = markers.get(j - 1).label();
            }
            end = start;
        }
        return List.of(labels);
    }
}
