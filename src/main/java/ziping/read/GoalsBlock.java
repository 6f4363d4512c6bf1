package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.util.List;

/** Reads 年度总体目标: the cells under 预期目标 and 实际完成情况 in the row below their header. */
final class GoalsBlock {
    private GoalsBlock() {
    }

    /** The expected goal and the actual result; empty strings where not printed. */
    static String[] read(List<GridRow> rows, int header, int end, Lexicon lexicon) {
        Columns columns = Columns.of(rows.get(header), lexicon.goalColumns());
        for (int i = header + 1; i < end; i++) {
            GridRow row = rows.get(i);
            if (row.inTable() && !row.blank()) {
                return new String[] {text(columns.cellIn(row, "expected")), text(columns.cellIn(row, "actual"))};
            }
        }
        return new String[] {"", ""};
    }

    private static String text(GridCell cell) {
        return cell == null ? "" : cell.text().strip();
    }
}
