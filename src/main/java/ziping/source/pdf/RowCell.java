package ziping.source.pdf;

/**
 * One field of a page row: the text of its cell, the cell's left edge, whether the cell began in an earlier row
 * ({@code continued}: the field reads "") and whether it spans several rows.
 */
record RowCell(String text, double left, boolean continued, boolean spansRows) {

    static RowCell text(String text, double left) {
        return new RowCell(text, left, false, false);
    }

    String field() {
        return continued ? "" : text;
    }

    RowCell asContinued() {
        return new RowCell(text, left, true, spansRows);
    }
}
