package ziping.source.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Removes overprinted duplicates: producers fake bold type by drawing the same glyph again a fraction of a point
 * away, which would otherwise read as doubled characters (产产出出).
 * <p>
 * A glyph is an overprint of a kept glyph of the same text and scale (the power of two of its larger dimension)
 * whose origin is within {@link #SAME_PLACE} of the larger advance (and size) of the two. Kept glyphs are filed in a
 * grid per text and scale, with cells four times that scale, so a glyph is compared only with the kept glyphs of the
 * one to four cells its overprint's origin can fall in: linear in the glyphs of a page, where comparing with every
 * kept glyph of the same text was quadratic (400,000 glyphs of "1" took minutes). The grid is a table of primitive
 * keys, not a map of cell objects: this runs for every glyph of every page, and allocating a key and a list per glyph
 * was a tenth of reading a PDF in the bench profile. {@link PageCollector} adds each visible glyph as it is drawn.
 */
final class Overprint {
    /**
     * Two equal glyphs whose origins differ by less than this share of their advance width (and of their font
     * size vertically) are one glyph; a repeated letter ("ll") is a whole advance apart.
     */
    private static final double SAME_PLACE = 0.3;
    /** Glyphs smaller than this (points) are filed as this size, so degenerate sizes keep cells finite. */
    private static final double SMALLEST = 1.0 / 64;
    /** Slots of a new table (a power of two); it doubles whenever it is a quarter full. */
    private static final int INITIAL_SLOTS = 1 << 12;

    private final List<Glyph> kept = new ArrayList<>();
    private int[] keptScale = new int[INITIAL_SLOTS / 4];
    /** Per kept glyph, the next kept glyph filed under the same key (index + 1), or 0. */
    private int[] nextInCell = new int[INITIAL_SLOTS / 4];
    /** Open addressing on the cell keys: a key and its first kept glyph (index + 1; 0 marks a free slot). */
    private long[] slotKey = new long[INITIAL_SLOTS];
    private int[] slotFirst = new int[INITIAL_SLOTS];
    private int mask = INITIAL_SLOTS - 1;
    /** The scale of the last glyph added, the reciprocal of its cells' side and the reach of its overprints. */
    private int cellScale = Integer.MIN_VALUE;
    private double perCell;
    private double reach;

    static List<Glyph> withoutDuplicates(List<Glyph> glyphs) {
        Overprint overprint = new Overprint();
        for (Glyph glyph : glyphs) {
            overprint.add(glyph);
        }
        return overprint.kept();
    }

    /** Keeps the glyph unless it overprints a glyph kept before. */
    void add(Glyph glyph) {
        int scale = scale(glyph);
        if (scale != cellScale) {
            cellScale = scale;
            perCell = 1 / side(scale);    // exact: a power of two
            reach = Math.scalb(2 * SAME_PLACE, scale);
        }
        if (!overprintsAny(glyph, scale)) {
            int index = kept.size();
            if (index == nextInCell.length) {
                grow();
            }
            kept.add(glyph);
            keptScale[index] = scale;
            file(index, cellKey(glyph, scale, perCell));
        }
    }

    /** The glyphs kept, in the order they were added. */
    List<Glyph> kept() {
        return Collections.unmodifiableList(kept);
    }

    /**
     * Looks in the cells that an overprint's origin can fall in: within {@link #SAME_PLACE} of the larger advance
     * or size of two glyphs of this scale, that is less than {@code 0.6 × 2^scale} ({@link #reach}), so one or two
     * cells a side (one in 70 % of cases). Keys that collide only bring more glyphs to compare: text and scale are
     * compared too.
     */
    private boolean overprintsAny(Glyph glyph, int scale) {
        long left = floor((glyph.x() - reach) * perCell);
        long right = floor((glyph.x() + reach) * perCell);
        long bottom = floor((glyph.baseline() - reach) * perCell);
        long top = floor((glyph.baseline() + reach) * perCell);
        int textHash = glyph.text().hashCode();
        // counted from the first cell: a coordinate past the range of a long saturates, and a loop up to
        // Long.MAX_VALUE would not end
        for (long columns = 0; columns <= right - left; columns++) {
            for (long rows = 0; rows <= top - bottom; rows++) {
                long key = key(textHash, scale, left + columns, bottom + rows);
                for (int i = slotFirst[find(key)]; i != 0; i = nextInCell[i - 1]) {
                    Glyph other = kept.get(i - 1);
                    if (keptScale[i - 1] == scale && overprints(glyph, other) && other.text().equals(glyph.text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Files kept glyph {@code index} under a cell's key. */
    private void file(int index, long key) {
        int slot = find(key);
        nextInCell[index] = slotFirst[slot];
        slotKey[slot] = key;
        slotFirst[slot] = index + 1;
    }

    /** Doubles the table and files the kept glyphs again. */
    private void grow() {
        int glyphs = nextInCell.length * 2;
        keptScale = Arrays.copyOf(keptScale, glyphs);
        nextInCell = new int[glyphs];
        slotKey = new long[glyphs * 4];
        slotFirst = new int[glyphs * 4];
        mask = glyphs * 4 - 1;
        for (int index = 0; index < kept.size(); index++) {
            Glyph glyph = kept.get(index);
            int scale = keptScale[index];
            file(index, cellKey(glyph, scale, 1 / side(scale)));
        }
    }

    /** The slot holding {@code key}, or the free slot where it would go (the table is at most a quarter full). */
    private int find(long key) {
        int slot = (int) (key ^ key >>> 32) & mask;
        while (slotFirst[slot] != 0 && slotKey[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    /** The key of the cell a glyph's origin lies in, at its scale ({@code perCell}: the reciprocal of the side). */
    private static long cellKey(Glyph glyph, int scale, double perCell) {
        return key(glyph.text().hashCode(), scale, floor(glyph.x() * perCell), floor(glyph.baseline() * perCell));
    }

    /** A cell's key: its text's hash, scale, column and row, mixed so that neighbouring cells spread over the table. */
    private static long key(int textHash, int scale, long column, long row) {
        long key = textHash * 0x9E3779B97F4A7C15L + scale;
        key = (key * 0xC2B2AE3D27D4EB4FL + column) * 0x9E3779B97F4A7C15L + row;
        return key ^ key >>> 29;
    }

    private static boolean overprints(Glyph a, Glyph b) {
        return Math.abs(a.x() - b.x()) < SAME_PLACE * Math.max(a.width(), b.width())
                && Math.abs(a.baseline() - b.baseline()) < SAME_PLACE * Math.max(a.size(), b.size());
    }

    /**
     * The power of two at or below the glyph's larger dimension (at least {@link #SMALLEST}), read off the double's
     * exponent bits: C1, which the launcher runs, calls out for {@code Math.max} and {@code Math.getExponent}.
     */
    private static int scale(Glyph g) {
        double larger = g.width() > g.size() ? g.width() : g.size();
        if (larger < SMALLEST) {
            larger = SMALLEST;
        }
        return (int) ((Double.doubleToRawLongBits(larger) >>> 52) & 0x7ff) - 1023;
    }

    /** Cells are four times the scale wide. */
    private static double side(int scale) {
        return Math.scalb(4.0, scale);
    }

    /** {@link Math#floor} as a long: C1 calls StrictMath for Math.floor, which the profile showed per glyph. */
    private static long floor(double v) {
        long t = (long) v;
        return v < t ? t - 1 : t;
    }
}
