package ziping.read.text;

import ziping.parse.IndicatorLabels;

import java.util.ArrayList;
import java.util.Arrays;
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
    static final double PAD = 0.8;
    /** Per row a group puts under another 一级 than its 二级 names: more than the geometry's doubt. */
    private static final double CONTRADICTED = 1;
    /**
     * Per line a label stands off the middle of the room between the cells printed before and after it: where several
     * groups put it in that room, the one that centres it wins.
     */
    private static final double OFF_MIDDLE = 0.1;
    /** See {@link #namingLevel1()}. */
    private static final List<String> NAMING_LEVEL1 = namingLevel1();

    private final List<String> labels = new ArrayList<>();
    /** Where each printed box of each label stands: before which of the rows' pieces. */
    private final List<int[]> places = new ArrayList<>();
    /** Where the bottom edge of each printed box of each label stands below its group's middle, in lines. */
    private final List<double[]> edges = new ArrayList<>();

    /** A label printed (as one box, whatever its lines) before the piece {@code place} of the rows' pieces. */
    void add(Piece label, int place) {
        labels.add(label.text());
        places.add(new int[] {place});
        edges.add(new double[] {label.lines() / 2.0});
    }

    /**
     * A label whose every line was printed as a box of its own, line k before the piece {@code places[k]} (pdfminer
     * where the line pitch is wide, {@link SplitRows}): each line's bottom edge stands where it was printed.
     */
    void addLines(String label, int[] places) {
        double[] lineEdges = new double[places.length];
        for (int k = 0; k < places.length; k++) {
            lineEdges[k] = 1 - places.length / 2.0 + k;
        }
        labels.add(label);
        this.places.add(places.clone());
        edges.add(lineEdges);
    }

    /**
     * Each row's label; "" for every row where there are more labels than rows. {@code implied} gives a row's label
     * where another column tells it (a 二级 label names its 一级: 数量指标 is an 产出指标), or null: a group that puts a
     * row under another label costs more.
     */
    String[] assign(List<BoxRows.Row> rows, String[] implied) {
        int n = rows.size();
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
        return assign(top, height, bottoms, implied);
    }

    /**
     * Each row's label as {@link #assign(List, String[])}, the rows given by their tops and heights in lines and the
     * printed pieces by their bottom edges, in printed order.
     */
    String[] assign(double[] top, double[] height, List<Double> bottoms, String[] implied) {
        int n = top.length;
        String[] out = new String[n];
        Arrays.fill(out, "");
        int m = labels.size();
        if (m == 0 || m > n) {
            return out;
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
                out[r] = labels.get(j);
            }
            b = a - 1;
        }
        return out;
    }

    private double contradicted(int j, int a, int b, String[] implied) {
        double cost = 0;
        for (int r = a; r <= b; r++) {
            if (implied[r] != null && !implied[r].equals(labels.get(j))) {
                cost += CONTRADICTED;
            }
        }
        return cost;
    }

    /**
     * The 一级 label a 二级 label belongs to in the national template, or null: the lexicon's ({@link IndicatorLabels})
     * where it names one; else the 一级 label the text ends with, where the lexicon's 二级 labels under that 一级 end with
     * it too (效益指标, 成本指标, 满意度指标: 社会效益指标, 经济成本指标 …), so that 社会公众满意度指标, 成本指标 and 效益指标
     * itself have theirs. 产出指标's 二级 labels (数量指标 …) do not end with it, and no text is given it by its ending.
     */
    static String level1Of(String level2) {
        if (level2 == null || level2.isEmpty()) {
            return null;
        }
        String parent = IndicatorLabels.builtIn().parentOf(level2);
        if (parent != null) {
            return parent;
        }
        for (String level1 : NAMING_LEVEL1) {
            if (level2.endsWith(level1)) {
                return level1;
            }
        }
        return null;
    }

    /** The 一级 labels that end the names of other 二级 labels under them (经济成本指标 under 成本指标). */
    private static List<String> namingLevel1() {
        IndicatorLabels lexicon = IndicatorLabels.builtIn();
        List<String> naming = new ArrayList<>();
        for (String level1 : lexicon.level1()) {
            for (String level2 : lexicon.level2()) {
                if (!level2.equals(level1) && level2.endsWith(level1) && level1.equals(lexicon.parentOf(level2))) {
                    naming.add(level1);
                    break;
                }
            }
        }
        return naming;
    }

    /**
     * How far label j's bottom edges (one per printed box), centred on rows from {@code top} to {@code bottom}, are
     * from where they printed.
     */
    private double misplaced(int j, double top, double bottom, List<Double> bottoms) {
        double cost = 0;
        for (int k = 0; k < places.get(j).length; k++) {
            double edge = (top + bottom) / 2 + edges.get(j)[k];
            int place = places.get(j)[k];
            double low = place > 0 ? bottoms.get(Math.min(place, bottoms.size()) - 1) : Double.NEGATIVE_INFINITY;
            double high = place < bottoms.size() ? bottoms.get(place) : Double.POSITIVE_INFINITY;
            double middle = low == Double.NEGATIVE_INFINITY || high == Double.POSITIVE_INFINITY ? edge
                    : (low + high) / 2;
            cost += Math.max(0, low - edge) + Math.max(0, edge - high) + OFF_MIDDLE * Math.abs(edge - middle);
        }
        return cost;
    }
}
