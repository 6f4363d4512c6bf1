package ziping.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels of a merged column (一级 or 二级 merged over its group of rows) in box-ordered text. A merged cell is centred
 * on its group, so the extractor prints its label where the group's middle falls among the rows' cells, ordered by
 * bottom edge. Rows are given heights from their cells' lines (a row is as tall as its tallest cell, cells centred
 * in it), which places every cell's bottom edge; each label then takes the contiguous group of rows, in order, whose
 * middle puts the label's bottom edge between the cells printed before and after it, the division of all rows that
 * fits best.
 */
final class MergedLabels {
    /** Cell padding between rows, in lines. */
    private static final double PAD = 0.8;
    /** Per row a group puts under another 一级 than its 二级 names: more than the geometry's doubt. */
    private static final double CONTRADICTED = 1;
    /**
     * Per line a label stands off the middle of the room between the cells printed before and after it: where several
     * groups put it in that room, the one that centres it wins.
     */
    private static final double OFF_MIDDLE = 0.1;

    private final List<Piece> labels = new ArrayList<>();
    private final List<Integer> places = new ArrayList<>();

    /** A label printed before the piece {@code place} of the rows' pieces. */
    void add(Piece label, int place) {
        labels.add(label);
        places.add(place);
    }

    /**
     * Each row's label; "" for every row where there are more labels than rows. {@code implied} gives a row's label
     * where another column tells it (a 二级 label names its 一级: 数量指标 is an 产出指标), or null: a group that puts a
     * row under another label costs more.
     */
    String[] assign(List<BoxRows.Row> rows, String[] implied) {
        int n = rows.size();
        String[] out = new String[n];
        java.util.Arrays.fill(out, "");
        int m = labels.size();
        if (m == 0 || m > n) {
            return out;
        }
        double[] top = new double[n];
        double[] height = new double[n];
        List<Double> bottoms = new ArrayList<>();
        double y = 0;
        for (int r = 0; r < n; r++) {
            BoxRows.Row row = rows.get(r);
            top[r] = y;
            height[r] = row.height();
            for (Piece p : row.pieces()) {
                bottoms.add(y + (height[r] + p.lines()) / 2);
            }
            y += height[r] + PAD;
        }
        double[][] best = new double[m][n];
        int[][] start = new int[m][n];
        for (int j = 0; j < m; j++) {
            for (int b = 0; b < n; b++) {
                best[j][b] = Double.POSITIVE_INFINITY;
                for (int a = j; a <= b; a++) {
                    double before = j == 0 ? (a == 0 ? 0 : Double.POSITIVE_INFINITY) : best[j - 1][a - 1];
                    double cost = before + misplaced(j, top[a], top[b] + height[b], bottoms)
                            + contradicted(j, a, b, implied);
                    if (cost < best[j][b]) {
                        best[j][b] = cost;
                        start[j][b] = a;
                    }
                }
            }
        }
        int b = n - 1;
        for (int j = m - 1; j >= 0; j--) {
            int a = start[j][b];
            for (int r = a; r <= b; r++) {
                out[r] = labels.get(j).text();
            }
            b = a - 1;
        }
        return out;
    }

    private double contradicted(int j, int a, int b, String[] implied) {
        double cost = 0;
        for (int r = a; r <= b; r++) {
            if (implied[r] != null && !implied[r].equals(labels.get(j).text())) {
                cost += CONTRADICTED;
            }
        }
        return cost;
    }

    /** The 一级 label a 二级 label belongs to in the national template, or null. */
    static String level1Of(String level2) {
        if (level2 == null || level2.isEmpty()) {
            return null;
        }
        if (level2.endsWith("效益指标") || level2.equals("可持续影响指标")) {
            return "效益指标";
        }
        if (level2.endsWith("满意度指标")) {
            return "满意度指标";
        }
        if (level2.endsWith("成本指标")) {
            return "成本指标";
        }
        return switch (level2) {
            case "数量指标", "质量指标", "时效指标" -> "产出指标";
            default -> null;
        };
    }

    /** How far label j's bottom edge, centred on rows from {@code top} to {@code bottom}, is from where it printed. */
    private double misplaced(int j, double top, double bottom, List<Double> bottoms) {
        double edge = (top + bottom) / 2 + labels.get(j).lines() / 2.0;
        int place = places.get(j);
        double low = place > 0 ? bottoms.get(Math.min(place, bottoms.size()) - 1) : Double.NEGATIVE_INFINITY;
        double high = place < bottoms.size() ? bottoms.get(place) : Double.POSITIVE_INFINITY;
        double middle = low == Double.NEGATIVE_INFINITY || high == Double.POSITIVE_INFINITY ? edge : (low + high) / 2;
        return Math.max(0, low - edge) + Math.max(0, edge - high) + OFF_MIDDLE * Math.abs(edge - middle);
    }
}
