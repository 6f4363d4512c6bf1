package ziping.source.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes overprinted duplicates: producers fake bold type by drawing the same glyph again a fraction of a point
 * away, which would otherwise read as doubled characters (产产出出).
 * <p>
 * Kept glyphs are filed in a grid per text and scale (the power of two of the glyph's larger dimension), with cells
 * four times that scale, so a glyph is compared only with the kept glyphs of the neighbouring cells of its scale: linear in
 * the glyphs of a page, where comparing with every kept glyph of the same text was quadratic (400,000 glyphs of "1"
 * took minutes). An overprint is the same glyph drawn again at the same size, so it has the same scale.
 */
final class Overprint {
    /**
     * Two equal glyphs whose origins differ by less than this share of their advance width (and of their font
     * size vertically) are one glyph; a repeated letter ("ll") is a whole advance apart.
     */
    private static final double SAME_PLACE = 0.3;
    /** Glyphs smaller than this (points) are filed as this size, so degenerate sizes keep cells finite. */
    private static final double SMALLEST = 1.0 / 64;

    /**
     * A grid cell of one text at one scale. Equality and hash are written out: the launcher runs C1, which does not
     * inline a record's generated ones, and every glyph looks up a few cells.
     */
    private record Cell(String text, int scale, long column, long row) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Cell c && c.column == column && c.row == row && c.scale == scale
                    && c.text.equals(text);
        }

        @Override
        public int hashCode() {
            return ((text.hashCode() * 31 + scale) * 31 + Long.hashCode(column)) * 31 + Long.hashCode(row);
        }
    }

    private Overprint() {
    }

    static List<Glyph> withoutDuplicates(List<Glyph> glyphs) {
        Map<Cell, List<Glyph>> keptByCell = new HashMap<>();
        List<Glyph> kept = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            int scale = scale(glyph);
            if (!overprintsAny(glyph, scale, keptByCell)) {
                keptByCell.computeIfAbsent(cell(glyph, scale), c -> new ArrayList<>(1)).add(glyph);
                kept.add(glyph);
            }
        }
        return kept;
    }

    /**
     * Looks in the cells that an overprint's origin can fall in: within {@link #SAME_PLACE} of the larger advance
     * or size of two glyphs of this scale, that is less than {@code 0.6 × 2^scale}, so one or two cells a side (one
     * in 70 % of cases: a cell holds few glyphs of one text, so a lookup fewer saves more than the comparisons cost).
     */
    private static boolean overprintsAny(Glyph glyph, int scale, Map<Cell, List<Glyph>> keptByCell) {
        double side = side(scale);
        double reach = Math.scalb(2 * SAME_PLACE, scale);
        long left = floor((glyph.x() - reach) / side);
        long right = floor((glyph.x() + reach) / side);
        long bottom = floor((glyph.baseline() - reach) / side);
        long top = floor((glyph.baseline() + reach) / side);
        for (long column = left; column <= right; column++) {
            for (long row = bottom; row <= top; row++) {
                List<Glyph> others = keptByCell.get(new Cell(glyph.text(), scale, column, row));
                if (others != null && overprintsAny(glyph, others)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overprintsAny(Glyph glyph, List<Glyph> others) {
        for (Glyph other : others) {
            if (overprints(glyph, other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overprints(Glyph a, Glyph b) {
        return Math.abs(a.x() - b.x()) < SAME_PLACE * Math.max(a.width(), b.width())
                && Math.abs(a.baseline() - b.baseline()) < SAME_PLACE * Math.max(a.size(), b.size());
    }

    /** The power of two at or below the glyph's larger dimension. */
    private static int scale(Glyph g) {
        return Math.getExponent(Math.max(SMALLEST, Math.max(g.width(), g.size())));
    }

    /** Cells are four times the scale wide. */
    private static double side(int scale) {
        return Math.scalb(4.0, scale);
    }

    /** The cell a glyph's origin lies in. */
    private static Cell cell(Glyph g, int scale) {
        double side = side(scale);
        return new Cell(g.text(), scale, floor(g.x() / side), floor(g.baseline() / side));
    }

    /** {@link Math#floor} as a long: C1 calls StrictMath for Math.floor, which the profile showed per glyph. */
    private static long floor(double v) {
        long t = (long) v;
        return v < t ? t - 1 : t;
    }
}
