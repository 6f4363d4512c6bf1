package ziping.source;

import ziping.grid.Grid;

/**
 * What a source made of one input: its text as lines (for the line parsers: extracted text, reports), and its grid
 * of cells where the source knows its cells (PDF tables, spreadsheets, Word and HTML tables); {@code grid} is null
 * for plain text.
 */
public record SourceDocument(SourceText text, Grid grid) {
    public static SourceDocument ofText(SourceText text) {
        return new SourceDocument(text, null);
    }
}
