package ziping.read;

import ziping.grid.GridRow;

/** Tells the header rows of a form's blocks by the roles their cells take. */
final class BlockHeaders {
    private BlockHeaders() {
    }

    /** An indicator header names a row label (一级/二级/三级指标) and a value column (指标值, 分值, 得分 …). */
    static boolean isIndicatorHeader(GridRow row, Lexicon lexicon) {
        if (!row.inTable() && row.cells().size() < 3) {
            return false;
        }
        Columns columns = Columns.of(row, lexicon.indicatorColumns());
        boolean labels = columns.has("name") || columns.has("level1") || columns.has("level2");
        boolean values = columns.has("target") || columns.has("actual") || columns.has("weight")
                || columns.has("score");
        return columns.size() >= 3 && labels && values;
    }

    /** A funding header names at least two of 年初预算数, 全年预算数, 全年执行数, 执行率. */
    static boolean isFundingHeader(GridRow row, Lexicon lexicon) {
        Columns columns = Columns.of(row, lexicon.fundingColumns());
        int money = 0;
        for (String role : new String[] {"initialBudget", "budget", "executed", "rate"}) {
            if (columns.has(role)) {
                money++;
            }
        }
        return money >= 2;
    }

    /** A goals header names 预期目标 and 实际完成情况. */
    static boolean isGoalsHeader(GridRow row, Lexicon lexicon) {
        Columns columns = Columns.of(row, lexicon.goalColumns());
        return columns.has("expected") && columns.has("actual") && !isIndicatorHeader(row, lexicon);
    }
}
