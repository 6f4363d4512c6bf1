package ziping.source.pdf;

import java.util.List;

/** What one page draws that matters for text: its glyphs, its rulings, and how many glyphs had no Unicode. */
record PageContent(List<Glyph> glyphs, List<Ruling> rulings, int unmappedGlyphs) {
}
