package ziping.source.pdf;

import java.util.List;

/**
 * What one page draws that matters for text: its visible glyphs (overprints removed: see {@link Overprint}), the
 * glyphs clipped away (a merged cell cut by a page break is drawn whole and clipped to the part on this page), its
 * rulings, and how many glyphs had no Unicode.
 */
record PageContent(List<Glyph> glyphs, List<ClippedGlyph> clippedGlyphs, List<Ruling> rulings, int unmappedGlyphs) {
}
