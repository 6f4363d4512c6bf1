package ziping.source.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the glyphs of a page: each visible glyph goes to the table cell that contains its centre, or outside.
 * A clipped glyph is recovered when its visible area lies inside a table: producers draw a merged cell cut by a page
 * break whole (label centred on the full cell, partly off the page) and clip it to the part on this page. Moved into
 * that area, it lands in the cell it belongs to, which takes it if the cell shows no visible text, or shows text on
 * the same baseline (the cut-off end of text overflowing its cell); otherwise (a label the producer also printed
 * visibly) it is dropped. A cell takes clipped glyphs from one drawing only (one visible area): a merged cell that
 * spans the repeated header and the body of a page is drawn once for each, and overprinted copies of visible glyphs
 * are removed.
 */
final class CellGlyphs {
    private final List<TableGrid> tables;
    private final Map<Cell, List<Glyph>> visibleByCell = new IdentityHashMap<>();
    private final Map<Cell, List<ClippedGlyph>> recoveredByCell = new IdentityHashMap<>();
    private final List<Glyph> outside = new ArrayList<>();

    CellGlyphs(List<TableGrid> tables, List<Glyph> visible, List<ClippedGlyph> clipped) {
        this.tables = tables;
        visible.forEach(this::place);
        clipped.forEach(this::recover);
    }

    /** The glyphs of a cell; visible ones were freed of overprints for the whole page, recovered ones are checked. */
    List<Glyph> of(Cell cell) {
        List<Glyph> visible = visibleByCell.getOrDefault(cell, List.of());
        List<ClippedGlyph> recovered = recoveredByCell.getOrDefault(cell, List.of());
        if (recovered.isEmpty()) {
            return visible;
        }
        List<Glyph> glyphs = new ArrayList<>(visible);
        recovered.forEach(clipped -> glyphs.add(clipped.glyph()));
        return Overprint.withoutDuplicates(glyphs);
    }

    List<Glyph> outside() {
        return outside;
    }

    private void place(Glyph glyph) {
        for (TableGrid table : tables) {
            if (table.contains(glyph.centreX(), glyph.centreY())) {
                Cell cell = table.cellAt(glyph.centreX(), glyph.centreY());
                visibleByCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(glyph);
                return;
            }
        }
        outside.add(glyph);
    }

    private void recover(ClippedGlyph clipped) {
        Rectangle2D area = clipped.visibleArea();
        for (TableGrid table : tables) {
            if (within(area, table.bounds()) && !area.isEmpty()) {
                Glyph glyph = clipped.glyph();
                double x = clampInside(glyph.centreX(), area.getMinX(), area.getMaxX());
                double y = clampInside(glyph.centreY(), area.getMinY(), area.getMaxY());
                Cell cell = table.cellAt(x, y);
                List<Glyph> visible = visibleByCell.getOrDefault(cell, List.of());
                List<ClippedGlyph> recovered = recoveredByCell.computeIfAbsent(cell, c -> new ArrayList<>());
                boolean sameDrawing = recovered.isEmpty() || recovered.get(0).visibleArea().equals(area);
                boolean overflow = visible.stream().anyMatch(shown -> sameBaseline(shown, glyph));
                if (sameDrawing && (visible.isEmpty() || overflow)) {
                    recovered.add(clipped);
                }
                return;
            }
        }
    }

    private static boolean within(Rectangle2D inner, Rectangle2D outer) {
        double tolerance = Rulings.TOLERANCE;
        return inner.getMinX() >= outer.getMinX() - tolerance && inner.getMaxX() <= outer.getMaxX() + tolerance
                && inner.getMinY() >= outer.getMinY() - tolerance && inner.getMaxY() <= outer.getMaxY() + tolerance;
    }

    private static boolean sameBaseline(Glyph a, Glyph b) {
        return Math.abs(a.baseline() - b.baseline()) < 0.2 * Math.max(a.size(), b.size());
    }

    /** Moves a coordinate into [min, max], keeping clear of the ends (they are rulings shared with a neighbour). */
    private static double clampInside(double value, double min, double max) {
        double margin = Math.min(1, (max - min) / 4);
        return Math.max(min + margin, Math.min(max - margin, value));
    }
}
