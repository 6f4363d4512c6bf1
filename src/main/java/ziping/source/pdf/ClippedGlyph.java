package ziping.source.pdf;

import java.awt.geom.Rectangle2D;

/** A glyph drawn outside the clipping area in force, with that area's bounds (page space). */
record ClippedGlyph(Glyph glyph, Rectangle2D visibleArea) {
}
