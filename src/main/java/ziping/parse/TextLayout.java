package ziping.parse;

import ziping.source.TextMarks;

import java.util.List;

/**
 * How an extractor laid out a text, decided in one place before the form parser reads it: cell lines (TAB between
 * cells, from the PDF table reader), column-aligned layout text ({@code pdftotext -layout}: the indicator header
 * prints 一级指标, 二级指标, 三级指标 apart by runs of spaces), or flowing text like the seeds (everything else).
 */
enum TextLayout {
    CELL_LINES,
    COLUMNS,
    FLOWING;

    private static final List<String> LEVEL_HEADERS = List.of("一级指标", "二级指标", "三级指标");
    /** Layout text puts at least this many spaces between two header cells; flowing text one. */
    private static final int COLUMN_GAP = 2;

    /** The layout of the lines, looking only for the marks the text may hold ({@link TextMarks}). */
    static TextLayout of(List<Line> lines, TextMarks marks) {
        boolean gaps = marks.longestSpaceRun() >= COLUMN_GAP;
        if (!marks.tab() && !gaps) {
            return FLOWING;
        }
        boolean columns = false;
        for (Line l : lines) {
            if (marks.tab() && l.text().indexOf('\t') >= 0) {
                return CELL_LINES;
            }
            columns = columns || gaps && isColumnHeader(l.text());
        }
        return columns ? COLUMNS : FLOWING;
    }

    /** Whether the line prints 一级指标, 二级指标, 三级指标 in a row, apart by runs of at least two spaces. */
    private static boolean isColumnHeader(String text) {
        String first = LEVEL_HEADERS.get(0);
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            if (headersApartFrom(text, at + first.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether 二级指标 and 三级指标 follow at {@code from}, each after a run of at least two spaces. */
    private static boolean headersApartFrom(String text, int from) {
        int i = from;
        for (String header : LEVEL_HEADERS.subList(1, LEVEL_HEADERS.size())) {
            int gapStart = i;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i - gapStart < COLUMN_GAP || !text.startsWith(header, i)) {
                return false;
            }
            i += header.length();
        }
        return true;
    }

    /** Whether lines of this layout hold cells (TAB-separated) that {@link CellRows} flattens; flowing text has none. */
    boolean hasCells() {
        return this != FLOWING;
    }

    /** The lines as cell lines where this layout needs converting; other layouts are returned as they are. */
    List<Line> toCellLines(List<Line> lines) {
        return this == COLUMNS ? ColumnLayout.cellLines(lines) : lines;
    }
}
