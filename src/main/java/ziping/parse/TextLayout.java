package ziping.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How an extractor laid out a text, decided in one place before the form parser reads it: cell lines (TAB between
 * cells, from the PDF table reader), column-aligned layout text ({@code pdftotext -layout}: the indicator header
 * prints 一级指标, 二级指标, 三级指标 apart by runs of spaces), or flowing text like the seeds (everything else).
 */
enum TextLayout {
    CELL_LINES,
    COLUMNS,
    FLOWING;

    private static final Pattern COLUMN_HEADER = Pattern.compile("一级指标 {2,}二级指标 {2,}三级指标");

    static TextLayout of(List<Line> lines) {
        boolean columns = false;
        for (Line l : lines) {
            if (l.text().indexOf('\t') >= 0) {
                return CELL_LINES;
            }
            columns = columns || l.text().contains("一级指标") && COLUMN_HEADER.matcher(l.text()).find();
        }
        return columns ? COLUMNS : FLOWING;
    }

    /** The lines as cell lines where this layout needs converting; other layouts are returned as they are. */
    List<Line> toCellLines(List<Line> lines) {
        return this == COLUMNS ? ColumnLayout.cellLines(lines) : lines;
    }
}
