package ziping.source.pdf;

/**
 * One drawn glyph: its Unicode text and its box on the page in points, origin at the top left, y growing down.
 * {@code size} is the font size in page space, used as the glyph's height.
 */
record Glyph(String text, double x, double baseline, double width, double size) {

    double right() {
        return x + width;
    }

    double centreX() {
        return x + width / 2;
    }

    /** Middle of the em box: the baseline sits at about 0.12 em above the bottom, the ascent at 0.88 em. */
    double centreY() {
        return baseline - size * 0.38;
    }

    double top() {
        return baseline - size * 0.88;
    }
}
