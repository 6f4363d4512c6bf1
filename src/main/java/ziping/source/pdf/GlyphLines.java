package ziping.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders glyphs into text lines (by vertical centre, then x) and turns a line into text or into fields. */
final class GlyphLines {
    /** Glyphs whose centres differ vertically by at most this share of the font size are on one line. */
    private static final double SAME_LINE = 0.5;
    /** A horizontal gap wider than this share of the font size is a space between words. */
    private static final double WORD_GAP = 0.2;
    /** A horizontal gap wider than this many character widths separates two fields (stream mode). */
    private static final double FIELD_GAP = 2.0;

    private GlyphLines() {
    }

    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> byHeight = new ArrayList<>(glyphs);
        byHeight.sort(Comparator.comparingDouble(Glyph::centreY));    // stable: glyphs at one height keep their order
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (Glyph glyph : byHeight) {
            if (!line.isEmpty() && glyph.centreY() - line.get(0).centreY() > SAME_LINE * glyph.size()) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    /** The text of one line, with a space wherever the gap between glyphs is as wide as a space. */
    static String text(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : line) {
            if (previous != null && glyph.x() - previous.right() > WORD_GAP * glyph.size()) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }

    /** Splits a line where the gap between glyphs exceeds two character widths (stream mode without rulings). */
    static List<List<Glyph>> fields(List<Glyph> line) {
        List<List<Glyph>> fields = new ArrayList<>();
        List<Glyph> field = new ArrayList<>();
        for (Glyph glyph : line) {
            if (!field.isEmpty()) {
                Glyph previous = field.get(field.size() - 1);
                double characterWidth = Math.max(previous.width(), glyph.width());
                if (glyph.x() - previous.right() > FIELD_GAP * characterWidth) {
                    fields.add(field);
                    field = new ArrayList<>();
                }
            }
            field.add(glyph);
        }
        if (!field.isEmpty()) {
            fields.add(field);
        }
        return fields;
    }
}
