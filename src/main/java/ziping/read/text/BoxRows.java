package ziping.read.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides the pieces of a table printed box by box into rows. Each row has an anchor, a run of pieces known to be its
 * own (the line that holds an indicator's 分值 and 得分, a funding row's label); the pieces between two anchors are the
 * end of the row above (its wrapped cells) and the start of the row below (its one-line cells left of the anchor).
 * Where the cut falls is chosen with the rows' placements ({@link ColumnFit}): the cuts whose rows fit their columns
 * best, over the whole table. A row is ambiguous where another cut or another placement fits as well.
 */
final class BoxRows {
    private static final double EPSILON = 1e-9;

    /**
     * A row: its pieces and the column of each (-1: stray), whether the text leaves it in doubt, whether its columns
     * are one choice among placements of the same cells ({@link ColumnFit.Fit#tied}), and, where its pieces are sure
     * and only their columns in doubt, every placement that fits them best ({@link ColumnFit#placements}; else none).
     */
    record Row(List<Piece> pieces, int[] columns, boolean ambiguous, boolean tied, List<int[]> placements) {
        Row(List<Piece> pieces, int[] columns, boolean ambiguous, boolean tied) {
            this(pieces, columns, ambiguous, tied, List.of());
        }

        /** The text of the row's piece in {@code column}, pieces joined where several stand there, or "". */
        String cell(int column) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                if (columns[i] == column) {
                    sb.append(sb.isEmpty() ? "" : " ").append(pieces.get(i).text());
                }
            }
            return sb.toString();
        }

        int height() {
            int h = 1;
            for (Piece p : pieces) {
                h = Math.max(h, p.lines());
            }
            return h;
        }

        boolean hasStray() {
            for (int c : columns) {
                if (c < 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Piece> pieces;
    private final List<int[]> anchors;
    private final int width;
    private final ColumnFit.Costs costs;
    private final Map<Long, ColumnFit.Fit> fits = new HashMap<>();
    private final List<double[]> forward = new ArrayList<>();

    private BoxRows(List<Piece> pieces, List<int[]> anchors, int width, ColumnFit.Costs costs) {
        this.pieces = pieces;
        this.anchors = anchors;
        this.width = width;
        this.costs = costs;
    }

    /**
     * The rows of {@code pieces}, one per anchor ({from, to} piece ranges, in order, not overlapping): divided once,
     * then again with the column widths the sure rows show ({@link Widths}). Widths are counted, not measured: a row
     * the first division read for sure that they read otherwise is in doubt (the two kinds of evidence disagree).
     */
    static List<Row> of(List<Piece> pieces, List<int[]> anchors, int width, ColumnFit.Costs costs) {
        if (anchors.isEmpty()) {
            return List.of();
        }
        List<Row> first = new BoxRows(pieces, anchors, width, costs).divide();
        List<Row> second = new BoxRows(pieces, anchors, width, Widths.of(costs, width, first)).divide();
        List<Row> out = new ArrayList<>(second.size());
        for (int i = 0; i < second.size(); i++) {
            Row a = first.get(i);
            Row b = second.get(i);
            boolean changed = !a.ambiguous() && !b.ambiguous() && !sameReading(a, b);
            out.add(changed ? new Row(b.pieces(), b.columns(), true, b.tied()) : b);
        }
        return out;
    }

    /** Whether two readings of a row hold the same pieces and read the same cells. */
    private static boolean sameReading(Row a, Row b) {
        if (a.pieces().size() != b.pieces().size()
                || !a.pieces().isEmpty() && a.pieces().get(0) != b.pieces().get(0)) {
            return false;
        }
        if (Arrays.equals(a.columns(), b.columns())) {
            return true;
        }
        for (int c = -1; c < a.columns().length; c++) {
            if (!a.cell(c).equals(b.cell(c))) {
                return false;
            }
        }
        return true;
    }

    private List<Row> divide() {
        int n = anchors.size();
        for (int i = 0; i < n; i++) {
            int lo = lowEnd(i);
            int hi = highEnd(i);
            double[] f = new double[hi - lo + 1];
            for (int t = lo; t <= hi; t++) {
                double best = Double.POSITIVE_INFINITY;
                if (i == 0) {
                    best = fit(0, t).cost();
                } else {
                    int plo = lowEnd(i - 1);
                    for (int s = plo; s <= highEnd(i - 1); s++) {
                        best = Math.min(best, forward.get(i - 1)[s - plo] + fit(s, t).cost());
                    }
                }
                f[t - lo] = best;
            }
            forward.add(f);
        }
        double[][] backward = new double[n][];
        for (int i = n - 1; i >= 0; i--) {
            int lo = lowEnd(i);
            int hi = highEnd(i);
            double[] g = new double[hi - lo + 1];
            for (int s = lo; s <= hi; s++) {
                if (i == n - 1) {
                    g[s - lo] = 0;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int nlo = lowEnd(i + 1);
                for (int t = nlo; t <= highEnd(i + 1); t++) {
                    best = Math.min(best, fit(s, t).cost() + backward[i + 1][t - nlo]);
                }
                g[s - lo] = best;
            }
            backward[i] = g;
        }
        double total = forward.get(n - 1)[0];
        int[] cut = new int[n + 1];
        boolean[] doubtfulCut = new boolean[n + 1];
        cut[n] = pieces.size();
        for (int i = n - 2; i >= 0; i--) {
            int lo = lowEnd(i);
            int ties = 0;
            cut[i + 1] = -1;
            for (int t = lo; t <= highEnd(i); t++) {
                double through = forward.get(i)[t - lo] + backward[i][t - lo];
                if (Math.abs(through - total) < EPSILON) {
                    ties++;
                    if (cut[i + 1] < 0 && ends(i, t, cut[i + 2])) {
                        cut[i + 1] = t;
                    }
                }
            }
            if (cut[i + 1] < 0) {
                cut[i + 1] = lo;
            }
            doubtfulCut[i + 1] = ties > 1;
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ColumnFit.Fit fit = fit(cut[i], cut[i + 1]);
            boolean sureCut = !doubtfulCut[i] && !doubtfulCut[i + 1];
            List<Piece> row = pieces.subList(cut[i], cut[i + 1]);
            rows.add(new Row(row, fit.columns(), !fit.unique() || !sureCut, fit.tied(),
                    sureCut && !fit.unique() ? ColumnFit.placements(row, width, costs) : List.of()));
        }
        return rows;
    }

    /** Whether row i+1 ending at {@code next} reaches the best cost when row i ends at {@code t}. */
    private boolean ends(int i, int t, int next) {
        double reached = forward.get(i)[t - lowEnd(i)] + fit(t, next).cost();
        return Math.abs(reached - forward.get(i + 1)[next - lowEnd(i + 1)]) < EPSILON;
    }

    /** The first place the end of row i can fall: just after its anchor. */
    private int lowEnd(int i) {
        return i == anchors.size() - 1 ? pieces.size() : anchors.get(i)[1];
    }

    /** The last place the end of row i can fall: the start of the next anchor. */
    private int highEnd(int i) {
        return i == anchors.size() - 1 ? pieces.size() : anchors.get(i + 1)[0];
    }

    private ColumnFit.Fit fit(int from, int to) {
        long key = ((long) from << 32) | to;
        ColumnFit.Fit fit = fits.get(key);
        if (fit == null) {
            fit = ColumnFit.of(pieces.subList(from, to), width, costs);
            fits.put(key, fit);
        }
        return fit;
    }
}
