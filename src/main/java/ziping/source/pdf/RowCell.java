package ziping.source.pdf;

import java.awt.geom.Rectangle2D;

/**
 * One field of a page row: the text of its cell, the cell's box on the page ({@code null} where not known), whether
 * the cell began in an earlier row ({@code continued}: the field reads "") and whether it spans several rows.
 */
record RowCell(String text, double left, Rectangle2D box, boolean continued, boolean spansRows) {

    RowCell(String text, double left, boolean continued, boolean spansRows) {
        this(text, left, null, continued, spansRows);
    }

    RowCell(String text, Rectangle2D box, boolean continued, boolean spansRows) {
        this(text, box.getMinX(), box, continued, spansRows);
    }

    static RowCell text(String text, double left) {
        return new RowCell(text, left, false, false);
    }

    /** The right edge; the left edge where the box is not known (the cell is taken to cover one column). */
    double right() {
        return box == null ? left : box.getMaxX();
    }

    String field() {
        return continued ? "" : text;
    }

    RowCell asContinued() {
        return new RowCell(text, left, box, true, spansRows);
    }
}
