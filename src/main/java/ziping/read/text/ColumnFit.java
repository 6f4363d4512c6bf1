package ziping.read.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of one row's pieces as a box-ordered extractor printed them. Within a row the extractor prints the
 * cells by their bottom edge, then left to right; the cells of a row are centred on it, so a cell of fewer lines comes
 * first: the pieces stand in the order of (lines, column). Of the placements that keep that order, each piece in a
 * column of its own, the one whose pieces fit their columns best is taken ({@link Costs}: a 分值 is a number, a
 * label ends in 指标 …); a piece may be left out as stray text at a high cost. The fit says whether another placement
 * fits as well: the text then does not tell, and the row must not be trusted, unless every placement that fits as
 * well puts the same texts in the same columns (two equal amounts side by side, one wrapped: which of them wrapped the
 * order does not tell, but the row's cells read the same either way). A piece whose line prints an empty cell after it
 * leaves the next column empty.
 */
final class ColumnFit {
    static final double IMPOSSIBLE = Double.POSITIVE_INFINITY;
    static final double STRAY = 10;
    /**
     * Per column skipped between two cells of one printed line: a line that runs over several cells holds cells side
     * by side, so a wrapped cell printed apart rather stands left or right of it than between its cells.
     */
    static final double SKIP = 0.3;
    private static final double EPSILON = 1e-9;
    /** The most best placements compared for their cells; a row with more stays in doubt. */
    private static final int MOST_READINGS = 64;

    /** How well a piece fits a column, and what a column left empty costs. */
    interface Costs {
        double place(Piece piece, int column);

        double missing(int column);
    }

    /**
     * A row's placement: each piece's column, -1 for a stray piece; unique when no placement with other cells fits as
     * well; tied when another placement of the same cells does (the columns of equal pieces are then one choice of
     * several: they say nothing about the columns' widths).
     */
    record Fit(double cost, int[] columns, boolean unique, boolean tied) {
    }

    private final List<Piece> pieces;
    private final int width;
    private final Map<Long, double[]> memo = new HashMap<>();
    /** Each piece's cost in each column, asked of the costs once. */
    private final double[][] places;
    private final double[] missing;

    private ColumnFit(List<Piece> pieces, int width, Costs costs) {
        this.pieces = pieces;
        this.width = width;
        places = new double[pieces.size()][width];
        for (int j = 0; j < pieces.size(); j++) {
            for (int c = 0; c < width; c++) {
                places[j][c] = costs.place(pieces.get(j), c);
            }
        }
        missing = new double[width];
        for (int c = 0; c < width; c++) {
            missing[c] = costs.missing(c);
        }
    }

    static Fit of(List<Piece> pieces, int width, Costs costs) {
        ColumnFit fit = new ColumnFit(pieces, width, costs);
        double[] best = fit.best(0, 0, -1, 0);
        int[] columns = new int[pieces.size()];
        int mask = 0;
        int lastColumn = -1;
        int lastLines = 0;
        for (int j = 0; j < pieces.size(); j++) {
            double[] here = fit.best(j, mask, lastColumn, lastLines);
            int column = (int) here[2];
            columns[j] = column;
            if (column >= 0) {
                mask |= fit.reserved(pieces.get(j), column);
                lastColumn = column;
                lastLines = pieces.get(j).lines();
            }
        }
        boolean exact = best[1] == 1;
        boolean same = !exact && fit.sameCells();
        return new Fit(best[0], columns, exact || same, same);
    }

    /**
     * Every placement of {@code pieces} that reaches the best cost (each piece's column, -1 for a stray piece), or an
     * empty list where there are more than {@link #MOST_READINGS}.
     */
    static List<int[]> placements(List<Piece> pieces, int width, Costs costs) {
        return new ColumnFit(pieces, width, costs).bestPlacements();
    }

    private List<int[]> bestPlacements() {
        List<int[]> out = new ArrayList<>();
        int[] left = {MOST_READINGS};
        return collect(0, 0, -1, 0, new int[pieces.size()], out, left) ? out : List.of();
    }

    /**
     * Whether every placement that reaches the best cost reads the same cells: the same text in each column and the
     * same texts astray (at most {@link #MOST_READINGS} placements are compared).
     */
    private boolean sameCells() {
        Set<List<String>> readings = new HashSet<>();
        for (int[] at : bestPlacements()) {
            List<String> cells = new ArrayList<>(Collections.nCopies(width + 1, ""));
            for (int k = 0; k < at.length; k++) {
                int c = at[k] < 0 ? width : at[k];
                cells.set(c, cells.get(c) + "\n" + pieces.get(k).text());
            }
            readings.add(cells);
        }
        return readings.size() == 1;
    }

    /** Adds each best placement from piece j on to {@code placements}; false where there are too many. */
    private boolean collect(int j, int mask, int lastColumn, int lastLines, int[] at, List<int[]> placements,
                            int[] left) {
        if (j == pieces.size()) {
            if (--left[0] < 0) {
                return false;
            }
            placements.add(at.clone());
            return true;
        }
        double here = best(j, mask, lastColumn, lastLines)[0];
        if (Math.abs(best(j + 1, mask, lastColumn, lastLines)[0] + STRAY - here) < EPSILON) {
            at[j] = -1;
            if (!collect(j + 1, mask, lastColumn, lastLines, at, placements, left)) {
                return false;
            }
        }
        for (int c = 0; c < width; c++) {
            double place = place(j, c, mask, lastColumn, lastLines);
            if (place != IMPOSSIBLE && Math.abs(place + best(j + 1, mask | reserved(pieces.get(j), c), c,
                    pieces.get(j).lines())[0] - here) < EPSILON) {
                at[j] = c;
                if (!collect(j + 1, mask | reserved(pieces.get(j), c), c, pieces.get(j).lines(), at, placements,
                        left)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The columns a piece in column {@code c} takes: its own, and the next where its line printed an empty cell after
     * it ({@link Piece#emptyAfter}), so that no other piece goes there.
     */
    private int reserved(Piece piece, int c) {
        return piece.emptyAfter() && c + 1 < width ? 3 << c : 1 << c;
    }

    private static boolean sameLine(Piece a, Piece b) {
        return a.lines() == 1 && b.lines() == 1 && a.line() == b.line();
    }

    /** {best cost, 1 if one placement reaches it else 0, the column of piece j in it} from piece j on. */
    private double[] best(int j, int mask, int lastColumn, int lastLines) {
        if (j == pieces.size()) {
            double cost = 0;
            for (int c = 0; c < width; c++) {
                if ((mask & (1 << c)) == 0) {
                    cost += missing[c];
                }
            }
            return new double[] {cost, 1, -1};
        }
        long key = ((long) j << 40) | ((long) mask << 16) | ((long) (lastColumn + 1) << 8) | Math.min(lastLines, 255);
        double[] known = memo.get(key);
        if (known != null) {
            return known;
        }
        Piece piece = pieces.get(j);
        double[] stray = best(j + 1, mask, lastColumn, lastLines);
        double bestCost = stray[0] + STRAY;
        boolean unique = stray[1] == 1;
        int bestColumn = -1;
        for (int c = 0; c < width; c++) {
            double place = place(j, c, mask, lastColumn, lastLines);
            if (place == IMPOSSIBLE) {
                continue;
            }
            double[] rest = best(j + 1, mask | reserved(piece, c), c, piece.lines());
            double cost = place + rest[0];
            if (cost < bestCost - EPSILON) {
                bestCost = cost;
                unique = rest[1] == 1;
                bestColumn = c;
            } else if (cost < bestCost + EPSILON) {
                unique = false;
            }
        }
        double[] result = {bestCost, unique ? 1 : 0, bestColumn};
        memo.put(key, result);
        return result;
    }

    /**
     * What placing piece j in column c costs after the pieces before it (the last in {@code lastColumn}, of
     * {@code lastLines} lines), or {@link #IMPOSSIBLE} where the column is taken or the printed order forbids it.
     */
    private double place(int j, int c, int mask, int lastColumn, int lastLines) {
        Piece piece = pieces.get(j);
        if ((mask & (1 << c)) != 0 || piece.lines() < lastLines || piece.lines() == lastLines && c <= lastColumn) {
            return IMPOSSIBLE;
        }
        int taken = reserved(piece, c);
        if ((mask & taken) != 0) {
            return IMPOSSIBLE;
        }
        double place = places[j][c];
        if (lastColumn >= 0 && j > 0 && sameLine(pieces.get(j - 1), piece)) {
            place += SKIP * (c - lastColumn - 1);
        }
        if (taken != 1 << c) {
            place += missing[c + 1];    // the empty cell after it, which the end no longer counts
        }
        return place;
    }
}
