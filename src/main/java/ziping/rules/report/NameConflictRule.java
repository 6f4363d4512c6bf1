package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.FundingColumn;
import ziping.model.report.FundingTableRow;
import ziping.model.report.ScoredIndicator;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.List;
import java.util.Optional;

/**
 * ZP412: a scoring row named like a row of 资金安排情况 (预算执行率) reports the same value there; when it does not,
 * the name means two different things in the two tables (e.g. 预算执行率 (6) = (3)/(1) = 100 in the funding table,
 * but 95.68% — which is (8) 资金实际支出率 = (4)/(3) — in the scoring table). The row whose value it does match is
 * named. Basis: one report, one meaning per indicator name (NOTES.md §3, execution rate = 执行数 / 预算数).
 */
public final class NameConflictRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP412";
    }

    @Override
    public Check check() {
        return Check.NAME_CONFLICT;
    }

    @Override
    public void apply(ReportAudit audit) {
        List<FundingTableRow> funding = audit.report().funding();
        List<ScoredIndicator> rows = audit.scoredIndicators();
        for (int i = 0; i < rows.size(); i++) {
            ScoredIndicator row = rows.get(i);
            Optional<FundingTableRow> namesake = funding.stream().filter(f -> f.label().equals(row.name())).findFirst();
            Figure there = namesake.map(f -> f.cell(FundingColumn.TOTAL)).orElse(null);
            if (there == null || !there.isNumber() || !row.actual().isNumeric()) {
                continue;
            }
            Interval stated = audit.printed(row.actual().number());
            if (!stated.meets(audit.printed(there))) {
                FundingTableRow same = funding.stream().filter(f -> matches(audit, f, stated)).findFirst().orElse(null);
                String formula = describe(namesake.get()) + " = " + there.raw()
                        + (same == null ? "" : "; " + row.actual().raw() + " = " + describe(same));
                audit.report(this, Severity.WARNING, Section.SCORING, i, row.span(), row.name(), row.actual().raw(),
                        audit.printed(there), formula, row.name(), row.actual().raw(), there.raw(), formula);
            }
        }
    }

    private static boolean matches(ReportAudit audit, FundingTableRow row, Interval value) {
        Figure total = row.cell(FundingColumn.TOTAL);
        return total != null && total.isNumber() && value.meets(audit.printed(total));
    }

    private static String describe(FundingTableRow row) {
        return row.label() + " " + (row.formula() == null ? "(" + row.line() + ")" : row.formula().raw());
    }
}
