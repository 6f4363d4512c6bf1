package ziping.read.text;

import java.util.Arrays;
import java.util.List;

/**
 * What the rows read for sure (their columns not one choice of several, {@link BoxRows.Row#tied}) say about their
 * columns' widths: the widest text a column printed on one line and the narrowest it wrapped. A column keeps its width on every row, so a piece that would fit on one line where a
 * narrower text wrapped (or wrap where a wider text fitted) does not stand in that column: it costs {@link #WRONG}.
 * Widths are counted, and digits of one count print wider or narrower by the font's digits, so a text as wide by the
 * count as one that fitted may wrap ({@code 1862.109631} on one line, {@code 1630.47350} / {@code 6} wrapped in the
 * same column, seed 318877 f055): the same count settles nothing.
 */
final class Widths implements ColumnFit.Costs {
    static final double WRONG = 2;

    private final ColumnFit.Costs costs;
    private final int[] widestOneLine;
    private final int[] narrowestWrapped;

    private Widths(ColumnFit.Costs costs, int width) {
        this.costs = costs;
        widestOneLine = new int[width];
        narrowestWrapped = new int[width];
        Arrays.fill(narrowestWrapped, Integer.MAX_VALUE);
    }

    /** The costs with the widths the sure rows show. */
    static Widths of(ColumnFit.Costs costs, int width, List<BoxRows.Row> rows) {
        Widths w = new Widths(costs, width);
        for (BoxRows.Row row : rows) {
            if (row.ambiguous() || row.tied()) {
                continue;
            }
            for (int i = 0; i < row.pieces().size(); i++) {
                int c = row.columns()[i];
                Piece p = row.pieces().get(i);
                if (c < 0) {
                    continue;
                }
                if (p.lines() == 1) {
                    w.widestOneLine[c] = Math.max(w.widestOneLine[c], width(p.text()));
                } else if (p.lines() > 1) {
                    w.narrowestWrapped[c] = Math.min(w.narrowestWrapped[c], width(p.text()));
                }
            }
        }
        return w;
    }

    @Override
    public double place(Piece piece, int column) {
        double cost = costs.place(piece, column);
        int w = width(piece.text());
        if (piece.lines() == 1 && w > narrowestWrapped[column] || piece.lines() > 1 && w < widestOneLine[column]) {
            cost += WRONG;
        }
        return cost;
    }

    @Override
    public double missing(int column) {
        return costs.missing(column);
    }

    /** The printed width of a text: an ideograph or full-width sign counts two, other characters one. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
