package ziping.parse;

import ziping.model.Figure;
import ziping.model.FundingRow;

import java.util.List;

/** What the funding rows read say of rows that were not read. */
public final class FundingParts {
    /** The part named in the parse finding for a lost fiscal row. */
    public static final String FISCAL_ROW = "财政拨款";

    private FundingParts() {
    }

    /**
     * Whether the funding rows hold parts (上年结转, 其他资金) but no fiscal row (财政拨款, or 中央 and 地方) with an
     * amount: every family prints its fiscal row, with its amounts, before the other parts, so it was lost in reading
     * (a wrapped label, rows of text in another order), and the parts would not add up to the total for a reason the
     * form does not have.
     */
    public static boolean losesFiscalRow(List<FundingRow> funding) {
        boolean parts = false;
        for (FundingRow row : funding) {
            if (row.role() == null) {
                continue;
            }
            switch (row.role()) {
                case CURRENT, CENTRAL, LOCAL -> {
                    if (hasAmount(row)) {
                        return false;
                    }
                }
                case CARRYOVER, OTHER -> parts = true;
                default -> {
                }
            }
        }
        return parts;
    }

    private static boolean hasAmount(FundingRow row) {
        return printed(row.initialBudget()) || printed(row.budget()) || printed(row.executed());
    }

    private static boolean printed(Figure f) {
        return f != null && f.raw() != null && !f.raw().isBlank();
    }
}
