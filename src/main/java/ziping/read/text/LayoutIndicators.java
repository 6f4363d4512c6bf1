package ziping.read.text;

import ziping.grid.GridCell;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicator table of layout text as grid rows: a part per page (pdftotext sets each page at its own pitch) and per
 * repeated header, each part's rows anchored on its values lines ({@link IndicatorBody}), the 一级 and 二级 labels
 * placed over all parts by {@link LevelLabels}, and the 总分 row.
 */
final class LayoutIndicators {
    private final List<List<LayoutToken>> tokens;
    private final LayoutHeaders headers;
    private final LayoutRows out;
    /** The table's parts and repeated headers read so far, in order, not yet written out. */
    private final List<Part> parts = new ArrayList<>();

    /** A part of the table (its body and cells) or a repeated header (its line and columns). */
    private record Part(int headerLine, List<LayoutColumn> header, IndicatorBody body, GridCell[][] cells) {
    }

    private LayoutIndicators(List<List<LayoutToken>> tokens, LayoutHeaders headers, LayoutRows out) {
        this.tokens = tokens;
        this.headers = headers;
        this.out = out;
    }

    /** Reads the table whose body starts at {@code from}; returns the line after its 总分 row (or where it stops). */
    static int read(List<List<LayoutToken>> tokens, LayoutHeaders headers, int from, List<LayoutColumn> columns,
                    LayoutRows out) {
        return new LayoutIndicators(tokens, headers, out).read(from, columns);
    }

    private int read(int from, List<LayoutColumn> columns) {
        int line = from;
        int segment = from;
        while (line < tokens.size()) {
            List<LayoutToken> t = tokens.get(line);
            if (!t.isEmpty() && CellWords.isTotal(t.get(0).text())) {
                TotalLines total = TotalLines.of(tokens, line);
                segment(segment, Math.max(segment, total.top()), columns);
                flush();
                total(line, total, columns);
                return total.end();
            }
            if (headers.headerAt(line) == Header.INDICATORS) {
                int[] zone = headers.zone(line);
                segment(segment, zone[0], columns);
                List<LayoutColumn> repeated = HeaderColumns.of(tokens, headers, zone, Header.INDICATORS);
                if (repeated.size() >= columns.size()) {
                    columns = repeated;
                }   // else a repeated header read with columns missing: the page keeps the columns above, as a page
                    // that repeats no header does
                parts.add(new Part(zone[0], columns, null, null));
                segment = zone[1];
                line = zone[1];
                continue;
            }
            if (headers.headerAt(line) != null || !t.isEmpty() && CellWords.isTitle(t.get(0).text())) {
                break;
            }
            if (line > segment && !out.samePage(line, line - 1)) {
                segment(segment, line, columns);
                segment = line;
            }
            line++;
        }
        segment(segment, line, columns);
        flush();
        return line;
    }

    /** Reads a part of the table (its cells but the labels'), to be written out with the others by {@link #flush}. */
    private void segment(int from, int to, List<LayoutColumn> header) {
        if (from >= to || header.isEmpty()) {
            return;
        }
        IndicatorBody body = anchored(from, to, header);
        List<LayoutColumn> columns = body.columns;
        int rowCount = body.anchors.size();
        GridCell[][] cells = new GridCell[rowCount][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).role().startsWith("level")) {
                for (int r = 0; r < rowCount; r++) {
                    cells[r][c] = GridCell.of(c, body.cellText(r, c));
                }
            }
        }
        markNameless(body, cells);
        parts.add(new Part(-1, null, body, cells));
    }

    /**
     * Marks the text in doubt ({@link GridCell#TEXT_IN_DOUBT}) of each row that was given no name while its 分值 and
     * 得分 are the two numbers of its own values line: the run of name lines it stands in went to the rows around it
     * (which of them holds which lines the layout cannot tell, so a neighbour's name may hold this row's), but its
     * numbers and the number of rows are certain, so the sums and each row's points are still checked. A row whose
     * 分值 or 得分 holds any other line's words is not marked: a number there could be another row's.
     */
    private static void markNameless(IndicatorBody body, GridCell[][] cells) {
        List<LayoutColumn> columns = body.columns;
        int name = LayoutColumn.index(columns, "name");
        int weight = LayoutColumn.index(columns, "weight");
        int score = LayoutColumn.index(columns, "score");
        if (name < 0 || weight < 0 || score < 0) {
            return;
        }
        int target = LayoutColumn.index(columns, "target");
        int actual = LayoutColumn.index(columns, "actual");
        for (int r = 0; r < cells.length; r++) {
            boolean doubt = cells[r][name].lines().isEmpty() || apart(cells[r], target) || apart(cells[r], actual);
            if (doubt && ownNumber(body, r, weight) && ownNumber(body, r, score)) {
                cells[r][name] = GridCell.of(name, GridCell.TEXT_IN_DOUBT + cells[r][name].text());
            }
        }
    }

    /** Whether the row's cell in the column holds lines that could not be told apart (another row's may be there). */
    private static boolean apart(GridCell[] row, int column) {
        return column >= 0 && row[column].text().contains(GridCell.APART);
    }

    /** Whether row {@code r}'s cell in the column is one number, printed on the row's values line alone. */
    private static boolean ownNumber(IndicatorBody body, int r, int column) {
        String text = body.lineText(body.anchors.get(r), column);
        return body.isNumber(body.anchors.get(r), column) && text.equals(body.cellText(r, column));
    }

    /**
     * Places the 二级 and then the 一级 labels over all parts of the table at once (a label spanning a page break is
     * printed on one page, or on both; a 一级 label covers whole 二级 groups), then writes out the parts' rows and the
     * repeated headers between them.
     */
    private void flush() {
        List<IndicatorBody> bodies = new ArrayList<>();
        List<GridCell[][]> cells = new ArrayList<>();
        for (Part part : parts) {
            if (part.body() != null) {
                bodies.add(part.body());
                cells.add(part.cells());
            }
        }
        LevelLabels.Placed groups = LevelLabels.place(bodies, cells, "level2", null);
        LevelLabels.place(bodies, cells, "level1", groups);
        for (Part part : parts) {
            if (part.body() == null) {
                out.header(part.headerLine(), part.header());
                continue;
            }
            for (int r = 0; r < part.cells().length; r++) {
                List<GridCell> row = new ArrayList<>();
                for (GridCell cell : part.cells()[r]) {
                    if (cell != null) {
                        row.add(cell);
                    }
                }
                out.add(part.body().anchors.get(r), row);
            }
        }
        parts.clear();
    }

    /** The body of a table part read with these columns, its rows anchored on lines with 分值 and 得分 numbers. */
    private IndicatorBody anchored(int from, int to, List<LayoutColumn> columns) {
        int weight = LayoutColumn.index(columns, "weight");
        int score = LayoutColumn.index(columns, "score");
        IndicatorBody body = new IndicatorBody(tokens, from, to, columns, 0);
        if (weight >= 0 && score == weight + 1) {
            body.fitOnValues(weight);
        } else if (weight >= 0 && score >= 0) {
            body.anchor(line -> body.isNumber(line, weight) && body.isNumber(line, score));
        } else {
            body.anchor(line -> body.count(line, LayoutColumn.firstValue(columns), columns.size(), false) >= 2);
        }
        return body;
    }

    /**
     * The 总分 row: its label, and its numbers — the last two under 分值 and 得分 where the header has both (the row
     * prints nothing else that is a number; a number wrapped in its cell, {@code 100.0} above the label's line and
     * {@code 0} below, is joined by {@link TotalLines}), else each under the column it stands in.
     */
    private void total(int line, TotalLines total, List<LayoutColumn> columns) {
        List<LayoutToken> t = tokens.get(line);
        List<GridCell> cells = new ArrayList<>();
        cells.add(GridCell.of(0, t.get(0).text()));
        List<String> numbers = total.numbers();
        int weight = LayoutColumn.index(columns, "weight");
        int score = LayoutColumn.index(columns, "score");
        if (weight > 0 && score > weight && numbers.size() >= 2) {
            cells.add(GridCell.of(weight, numbers.get(numbers.size() - 2)));
            cells.add(GridCell.of(score, numbers.get(numbers.size() - 1)));
        } else {
            IndicatorBody body = new IndicatorBody(tokens, line, line + 1, columns, 0);
            for (int c = LayoutColumn.firstValue(columns); c < columns.size(); c++) {
                String value = body.lineText(line, c);
                if (!value.isEmpty()) {
                    cells.add(GridCell.of(c, value));
                }
            }
        }
        out.add(line, cells);
    }
}
