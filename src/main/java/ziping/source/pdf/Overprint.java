package ziping.source.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes overprinted duplicates: producers fake bold type by drawing the same glyph again a fraction of a point
 * away, which would otherwise read as doubled characters (产产出出).
 */
final class Overprint {
    /**
     * Two equal glyphs whose origins differ by less than this share of their advance width (and of their font
     * size vertically) are one glyph; a repeated letter ("ll") is a whole advance apart.
     */
    private static final double SAME_PLACE = 0.3;

    private Overprint() {
    }

    static List<Glyph> withoutDuplicates(List<Glyph> glyphs) {
        Map<String, List<Glyph>> keptByText = new HashMap<>();
        List<Glyph> kept = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            List<Glyph> same = keptByText.computeIfAbsent(glyph.text(), t -> new ArrayList<>());
            if (!overprintsAny(glyph, same)) {
                same.add(glyph);
                kept.add(glyph);
            }
        }
        return kept;
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
}
