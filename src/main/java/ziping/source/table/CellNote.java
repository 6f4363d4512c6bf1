package ziping.source.table;

/**
 * What a spreadsheet cell holds beyond the text it shows, for a parse finding: a number shown rounded by its number
 * format ({@link Kind#ROUNDED}: the cell shows {@code shown}, it holds {@code value}), or a formula whose cached value
 * (what the file shows) differs from the value the formula gives when computed again ({@link Kind#STALE_FORMULA}:
 * {@code value} is the recomputed one, formatted like the cell). {@code cell} is the A1 reference in sheet
 * {@code sheet} (1-based index {@code page}, as the grid rows' page), on sheet row {@code line} (as the grid rows'
 * line); {@code formula} is the cell's formula without its {@code =}, or null.
 */
public record CellNote(Kind kind, String sheet, int page, int line, String cell, String shown, String value,
                       String formula) {

    public enum Kind { ROUNDED, STALE_FORMULA }
}
