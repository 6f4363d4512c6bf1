package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.FundingColumn;
import ziping.model.report.FundingTableRow;
import ziping.model.report.LineFormula;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.math.BigDecimal;
import java.util.List;

/**
 * ZP401: the numbered formulas of 资金安排情况 hold in every column where their operands are printed:
 * 结余 (5) = (3) − (4); 预算执行率 (6) = (3)/(1) × 100; 资金到位率 (7) = (3)/(2) × 100; 实际支出率 (8) = (4)/(3) × 100.
 * Basis: the formulas printed in the table's 行次 column (郑州市 自评报告 template, seed 002).
 */
public final class FundingFormulaRule implements Rule<ReportAudit> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String id() {
        return "ZP401";
    }

    @Override
    public Check check() {
        return Check.REPORT_FORMULA;
    }

    @Override
    public void apply(ReportAudit audit) {
        List<FundingTableRow> rows = audit.report().funding();
        for (int index = 0; index < rows.size(); index++) {
            FundingTableRow row = rows.get(index);
            LineFormula f = row.formula();
            FundingTableRow left = f == null ? null : audit.report().fundingLine(f.left());
            FundingTableRow right = f == null ? null : audit.report().fundingLine(f.right());
            if (left == null || right == null) {
                continue;
            }
            for (FundingColumn column : row.cells().keySet()) {
                check(audit, index, row, column, left.cell(column), right.cell(column));
            }
        }
    }

    private void check(ReportAudit audit, int index, FundingTableRow row, FundingColumn column, Figure left,
                       Figure right) {
        Figure stated = row.cell(column);
        if (left == null || right == null || !left.isNumber() || !right.isNumber() || !stated.isNumber()) {
            return;
        }
        Interval computed = compute(audit.printed(left), row.formula().operator(), audit.printed(right),
                "%".equals(row.unit()));
        if (computed == null || audit.agrees(stated, computed)) {
            return;
        }
        String formula = row.formula().raw() + ": " + left.raw() + " " + row.formula().operator() + " " + right.raw()
                + ("%".equals(row.unit()) ? " × 100" : "");
        audit.report(this, Severity.ERROR, Section.FUNDING, index, row.span(), row.label() + " " + column.label(),
                stated.raw(), computed, formula, row.label(), column.label(), stated.raw(),
                computed.format(ReportAudit.SHOWN_SCALE), formula);
    }

    /** The formula's value; null for a division whose divisor may be zero. */
    private static Interval compute(Interval left, char operator, Interval right, boolean percent) {
        if (operator == '-') {
            return left.minus(right);
        }
        Interval ratio = left.dividedBy(right);
        return ratio == null ? null : percent ? ratio.times(HUNDRED) : ratio;
    }
}
