package ziping.read.text;

import ziping.read.CellWords;
import ziping.source.SourceText;
import ziping.source.TextMarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Text whose table rows are lines of cells separated by {@code |} or TAB (a table copied from a web page or a
 * spreadsheet): each such line is a table row, every other non-blank line a line outside tables. It is recognised
 * by an indicator header line cut by the separator.
 */
final class SeparatedText {
    private SeparatedText() {
    }

    /** The separator of the text's table rows, or 0 when no line is an indicator header cut by '|' or TAB. */
    static char separator(SourceText text) {
        TextMarks marks = text.marks();
        if (!marks.bar() && !marks.tab()) {
            return 0;
        }
        for (String line : text.lines()) {
            if (marks.bar() && cutBy(line, '|')) {
                return '|';
            }
            if (marks.tab() && cutBy(line, '\t')) {
                return '\t';
            }
        }
        return 0;
    }

    /** Whether the line is an indicator header cut by {@code sep}. */
    private static boolean cutBy(String line, char sep) {
        return line.indexOf(sep) >= 0 && CellWords.header(split(line, sep)) == CellWords.Header.INDICATORS;
    }

    static List<TextRow> rows(SourceText text, char sep) {
        List<TextRow> rows = new ArrayList<>();
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf(sep) >= 0) {
                rows.add(new TextRow(i + 1, true, split(line, sep)));
            } else if (!Cells.trim(line).isEmpty()) {
                rows.add(new TextRow(i + 1, false, List.of(Cells.trim(line))));
            }
        }
        return rows;
    }

    private static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int at = line.indexOf(sep); at >= 0; at = line.indexOf(sep, from)) {
            cells.add(Cells.trim(line.substring(from, at)));
            from = at + 1;
        }
        cells.add(Cells.trim(line.substring(from)));
        return cells;
    }
}
