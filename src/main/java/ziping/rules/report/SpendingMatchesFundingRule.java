package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.FundingColumn;
import ziping.model.report.FundingTableRow;
import ziping.model.report.SpendingTable;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.Map;

/**
 * ZP403: the 合计 of 资金使用情况 equals 实际支出 (4) of 资金安排情况, column by column (合计, 财政资金, 其他资金).
 * Basis: both tables report the same year's spending of the project (自评报告 template, seed 002).
 */
public final class SpendingMatchesFundingRule implements Rule<ReportAudit> {
    /** 实际支出 in 资金安排情况. */
    private static final int SPENT_LINE = 4;
    private static final Map<String, FundingColumn> SAME_COLUMN = Map.of("合计", FundingColumn.TOTAL,
            "财政资金支出数", FundingColumn.FISCAL_SUBTOTAL, "其他资金支出数", FundingColumn.OTHER_SUBTOTAL);

    @Override
    public String id() {
        return "ZP403";
    }

    @Override
    public Check check() {
        return Check.LINE_ITEM_SUM;
    }

    @Override
    public void apply(ReportAudit audit) {
        SpendingTable table = audit.report().spending();
        FundingTableRow spent = audit.report().fundingLine(SPENT_LINE);
        if (table == null || spent == null) {
            return;
        }
        for (int k = 0; k < table.columns().size() && k < table.total().amounts().size(); k++) {
            FundingColumn column = SAME_COLUMN.get(table.columns().get(k));
            Figure funding = column == null ? null : spent.cell(column);
            Figure stated = table.total().amounts().get(k);
            if (funding == null || !funding.isNumber() || !stated.isNumber()) {
                continue;
            }
            Interval expected = audit.printed(funding);
            if (!audit.agrees(stated, expected)) {
                String formula = spent.label() + " (" + SPENT_LINE + ") " + column.label();
                audit.report(this, Severity.ERROR, Section.SPENDING, null, table.total().span(),
                        "合计 " + table.columns().get(k), stated.raw(), expected, formula, table.columns().get(k),
                        stated.raw(), funding.raw(), formula);
            }
        }
    }
}
