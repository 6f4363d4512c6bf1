package ziping.source.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ziping.grid.Grid;
import ziping.grid.GridRow;
import ziping.text.HanNormalizer;

/**
 * Collects the page rows of a document into numbered lines and stitches tables over page breaks. A table that
 * opens a page (no text above it) where the previous page ended with a table of the same left and right edges
 * continues it. Its leading rows that repeat a row already read are dropped: the header printed again on each page
 * (same number of fields, each non-empty field equal, at least two of them, since a label cut by the break may be
 * missing). In its first remaining row, a cell that repeats the label of a merged cell still open at the bottom of
 * the previous page (same left edge, same text) continues that merge and reads "". Blank table rows are dropped.
 */
final class TableStitcher {
    private final List<String> lines = new ArrayList<>();
    private final List<String> rawLines = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();
    private final GridAssembler grid = new GridAssembler();
    private final Map<TableGrid, Integer> tableIds = new IdentityHashMap<>();
    private int tables;
    private PageRow lastTableRow;
    private List<List<String>> lastTableRows;

    void addPage(int page, List<PageRow> rows) {
        PageRow previousPageEnd = lastTableRow;
        Map<TableGrid, List<List<String>>> rowsByTable = new IdentityHashMap<>();
        TableGrid continuation = continuation(rows);
        if (continuation != null) {
            rowsByTable.put(continuation, lastTableRows);
            tableIds.put(continuation, tableIds.get(lastTableRow.table()));
        }
        lastTableRow = null;
        boolean inRepeatedHeader = continuation != null;
        for (PageRow pageRow : rows) {
            PageRow row = pageRow;
            if (row.table() != null) {
                List<List<String>> tableRows = rowsByTable.computeIfAbsent(row.table(), t -> new ArrayList<>());
                lastTableRow = row;
                lastTableRows = tableRows;
                if (row.table() == continuation && inRepeatedHeader) {
                    if (row.blank() || repeatsARow(normalizedFields(row), tableRows)) {
                        continue;
                    }
                    inRepeatedHeader = false;
                    row = continueMerges(row, previousPageEnd);
                }
                tableRows.add(normalizedFields(row));
            }
            if (!row.blank()) {
                rawLines.add(row.line());
                lines.add(normalized(row));
                pages.add(page);
                grid.add(tableId(row.table()), lines.size(), page, row.cells());
            }
        }
    }

    /** The grid of the document: the same rows as {@link #lines()}, with their cells. */
    Grid grid(String path) {
        return grid.grid(path);
    }

    private int tableId(TableGrid table) {
        return table == null ? GridRow.NO_TABLE : tableIds.computeIfAbsent(table, t -> tables++);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    List<String> rawLines() {
        return List.copyOf(rawLines);
    }

    List<Integer> pages() {
        return List.copyOf(pages);
    }

    private static String normalized(PageRow row) {
        return HanNormalizer.normalizeChars(row.line());
    }

    private static List<String> normalizedFields(PageRow row) {
        return row.fields().stream().map(HanNormalizer::normalizeChars).toList();
    }

    private static boolean repeatsARow(List<String> fields, List<List<String>> earlierRows) {
        return earlierRows.stream().anyMatch(earlier -> earlier.size() == fields.size()
                && fields.stream().filter(field -> !field.isEmpty()).count() >= 2
                && IntStream.range(0, fields.size())
                .allMatch(i -> fields.get(i).isEmpty() || fields.get(i).equals(earlier.get(i))));
    }

    /**
     * The table that opens this page, if it continues the table that ended the previous page; a table below text
     * (the title of the next form) starts afresh.
     */
    private TableGrid continuation(List<PageRow> rows) {
        TableGrid first = rows.isEmpty() ? null : rows.get(0).table();
        if (first == null || lastTableRow == null) {
            return null;
        }
        TableGrid last = lastTableRow.table();
        boolean sameEdges = Math.abs(first.left() - last.left()) <= Rulings.TOLERANCE
                && Math.abs(first.right() - last.right()) <= Rulings.TOLERANCE;
        return sameEdges ? first : null;
    }

    private static PageRow continueMerges(PageRow row, PageRow previousPageEnd) {
        List<RowCell> cells = new ArrayList<>();
        for (RowCell cell : row.cells()) {
            boolean repeatsOpenMerge = !cell.continued() && !cell.text().isEmpty()
                    && previousPageEnd.cells().stream().anyMatch(open -> open.spansRows()
                    && Math.abs(open.left() - cell.left()) <= Rulings.TOLERANCE
                    && HanNormalizer.normalizeChars(open.text()).equals(HanNormalizer.normalizeChars(cell.text())));
            cells.add(repeatsOpenMerge ? cell.asContinued() : cell);
        }
        return row.withCells(cells);
    }
}
