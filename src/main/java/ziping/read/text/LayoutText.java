package ziping.read.text;

import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that keeps the printed positions (pdftotext -layout): a block's columns come from its header rows, whatever
 * their wording in the lexicon and however they wrap ({@link LayoutHeaders}, {@link HeaderColumns}), again at every
 * repeated header. A body row is anchored on its values line (分值 and 得分 numbers in the indicator table,
 * {@link LayoutIndicators}; the row labels in the funding block, {@link LayoutFundingBlock}); the text of the other
 * lines is cut into column-bounded blocks, and each block given to the row whose values line it overlaps, split
 * between neighbouring rows by centring (a wrapped cell is centred on its row). Lines outside the blocks become rows
 * of their words (the header fields).
 */
final class LayoutText {
    private final List<List<LayoutToken>> tokens = new ArrayList<>();
    private final LayoutHeaders headers;
    private final LayoutRows rows;

    private LayoutText(SourceText text) {
        for (String line : text.lines()) {
            tokens.add(LayoutToken.of(tokens.size(), line));
        }
        WrappedFields.join(tokens);
        headers = new LayoutHeaders(tokens);
        rows = new LayoutRows(text);
    }

    /** Whether the text keeps the printed positions of an indicator table ({@link LayoutHeaders#recognises}). */
    static boolean recognises(SourceText text) {
        return LayoutHeaders.recognises(text);
    }

    static Grid grid(SourceText text) {
        LayoutText layout = new LayoutText(text);
        layout.read();
        return new Grid(text.path(), layout.rows.rows());
    }

    private void read() {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int at = headers.headerFrom(i);
            if (at < 0) {
                outside(i);
                i++;
                continue;
            }
            Header header = headers.headerAt(at);
            int[] zone = headers.zone(at);
            List<LayoutColumn> columns = HeaderColumns.of(tokens, headers, zone, header);
            rows.nextTable();
            if (header != Header.FUNDING) {
                rows.header(zone[0], columns);
            }
            int end = headers.blockEnd(zone[1]);
            switch (header) {
                case FUNDING -> LayoutFundingBlock.read(tokens, zone[0], zone[1], end, columns, rows);
                case GOALS -> LayoutGoals.read(tokens, zone[1], end, columns, rows);
                case INDICATORS -> end = LayoutIndicators.read(tokens, headers, zone[1], columns, rows);
            }
            i = Math.max(end, zone[1]);
        }
    }

    /**
     * A line outside the blocks: a row of its words, in the current table where it starts with a header field; a line
     * that goes on with the value of the header field row above it ({@link LayoutHeaders#continuesField}) is added to
     * that value as its next line.
     */
    private void outside(int line) {
        List<LayoutToken> t = tokens.get(line);
        if (t.isEmpty()) {
            return;
        }
        List<GridRow> done = rows.rows();
        if (headers.continuesField(line) && !done.isEmpty() && done.get(done.size() - 1).line() == line) {
            GridRow above = done.get(done.size() - 1);
            List<GridCell> cells = new ArrayList<>(above.cells());
            GridCell value = cells.get(cells.size() - 1);
            List<String> lines = new ArrayList<>(value.lines());
            lines.add(LayoutToken.join(t));
            cells.set(cells.size() - 1, new GridCell(value.column(), value.columnSpan(), value.rowSpan(), lines,
                    value.box()));
            done.set(done.size() - 1, new GridRow(above.table(), above.line(), above.page(), cells));
            return;
        }
        boolean field = CellWords.isHeaderField(t.get(0).text());
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < t.size(); c++) {
            cells.add(GridCell.of(c, t.get(c).text()));
        }
        rows.add(field ? Math.max(rows.table(), 0) : GridRow.NO_TABLE, line, cells);
    }
}
