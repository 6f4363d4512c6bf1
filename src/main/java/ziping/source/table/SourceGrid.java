package ziping.source.table;

import java.util.List;

import ziping.grid.Grid;

/**
 * A document read as a grid, with notes on spreadsheet cells whose value differs from what they show (see
 * {@link CellNote}; none for other sources).
 */
public record SourceGrid(Grid grid, List<CellNote> notes) {

    public SourceGrid {
        notes = List.copyOf(notes);
    }
}
