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
 * twice that scale, so a glyph is compared only with the kept glyphs of the neighbouring cells of its scale: linear in
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

    private record Cell(String text, int scale, long column, long row) {
    }

    private Overprint() {
    }

    static List<Glyph> withoutDuplicates(List<Glyph> glyphs) {
        Map<Cell, List<Glyph>> keptByCell = new HashMap<>();
        List<Glyph> kept = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            int scale = scale(glyph);
            if (!overprintsAny(glyph, scale, keptByCell)) {
                keptByCell.computeIfAbsent(cell(glyph, scale, 0, 0), c -> new ArrayList<>(1)).add(glyph);
                kept.add(glyph);
            }
        }
        return kept;
    }

    private static boolean overprintsAny(Glyph glyph, int scale, Map<Cell, List<Glyph>> keptByCell) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                List<Glyph> others = keptByCell.get(cell(glyph, scale, dx, dy));
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

    /** The cell of a glyph at a scale, moved by {@code dx}, {@code dy} cells; cells are twice the scale wide. */
    private static Cell cell(Glyph g, int scale, int dx, int dy) {
        double side = Math.scalb(2.0, scale);
        return new Cell(g.text(), scale, (long) Math.floor(g.x() / side) + dx, (long) Math.floor(g.baseline() / side) + dy);
    }
}
