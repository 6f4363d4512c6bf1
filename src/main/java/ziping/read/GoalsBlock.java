package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.model.Section;
import ziping.parse.ParseIssue;

import java.util.List;

/**
 * Reads 年度总体目标: the cells under 预期目标 and 实际完成情况 in the row below their header. A text converter that
 * could not tell which text is which marks the row's cells in doubt ({@link GridCell#TEXT_IN_DOUBT}): neither goal is
 * read (null) and the row is reported (ZP007, variant {@code goals}); no check reads the goals.
 */
final class GoalsBlock {
    private GoalsBlock() {
    }

    /** The expected goal and the actual result; empty strings where not printed, nulls where in doubt. */
    static String[] read(List<GridRow> rows, int header, int end, Lexicon lexicon, ReadProblems problems) {
        Columns columns = Columns.of(rows.get(header), lexicon.goalColumns());
        for (int i = header + 1; i < end; i++) {
            GridRow row = rows.get(i);
            if (row.inTable() && !row.blank()) {
                String expected = text(columns.cellIn(row, "expected"));
                String actual = text(columns.cellIn(row, "actual"));
                if (expected.startsWith(GridCell.TEXT_IN_DOUBT) || actual.startsWith(GridCell.TEXT_IN_DOUBT)) {
                    problems.addVariant(ParseIssue.TEXT_IN_DOUBT, "goals", Section.HEADER, null, "年度总体目标", null,
                            ReadProblems.span(row));
                    return new String[] {null, null};
                }
                return new String[] {expected, actual};
            }
        }
        return new String[] {"", ""};
    }

    private static String text(GridCell cell) {
        return cell == null ? "" : cell.text().strip();
    }
}
