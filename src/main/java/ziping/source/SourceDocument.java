package ziping.source;

import java.util.List;

import ziping.grid.Grid;
import ziping.source.table.CellNote;

/**
 * What a source made of one input: its text as lines (for the line parsers: extracted text, reports), and its grid
 * of cells where the source knows its cells (PDF tables, spreadsheets, Word and HTML tables); {@code grid} is null
 * for plain text. {@code notes} are a workbook's notes on its cells (see {@link CellNote}).
 */
public record SourceDocument(SourceText text, Grid grid, List<CellNote> notes) {

    public SourceDocument {
        notes = List.copyOf(notes);
    }

    public SourceDocument(SourceText text, Grid grid) {
        this(text, grid, List.of());
    }

    public static SourceDocument ofText(SourceText text) {
        return new SourceDocument(text, null);
    }
}
