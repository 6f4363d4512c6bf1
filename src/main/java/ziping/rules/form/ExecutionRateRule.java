package ziping.rules.form;

import ziping.model.Check;
import ziping.model.FundingRow;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.RowByRowRule;

import java.util.List;
import java.util.Set;

/** ZP101 execution_rate. Basis: 执行率 = 全年执行数/全年预算数, shown as a percentage (NOTES.md §3, §4). */
public final class ExecutionRateRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP101";
    }

    @Override
    public Check check() {
        return Check.EXECUTION_RATE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING);
    }

    @Override
    public void apply(FormAudit audit) {
        List<FundingRow> rows = audit.form().funding();
        for (int row = 0; row < rows.size(); row++) {
            FundingRow r = rows.get(row);
            Interval budget = audit.printed(r.budget());
            Interval executed = audit.printed(r.executed());
            Interval stated = audit.printed(r.rate());
            if (budget == null || executed == null || stated == null || r.budget().value().signum() == 0) {
                continue;
            }
            Interval rate = ExecutionFormula.rate(budget, executed);
            if (rate != null && !stated.meets(rate)) {
                String computed = rate.format(r.rate().value().scale() + 2);
                audit.report(this, Severity.ERROR, Section.FUNDING, row, r.span())
                        .label(r.label())
                        .stated(r.rate().raw())
                        .computed(computed)
                        .formula(ExecutionFormula.rateFormula(r.budget().value(), r.executed().value()))
                        .message("rule.ZP101", r.label(), r.rate().raw(), computed);
            }
        }
    }
}
