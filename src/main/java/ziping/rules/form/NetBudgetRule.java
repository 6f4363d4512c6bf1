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

/**
 * ZP106 funding_breakdown. Basis: the column heading of the Sichuan 2024 transfer-payment form (TEMPLATES.md, TP),
 * 扣除统筹整合资金后预算金额（C） = 全年预算数（A） − 统筹整合资金数（B), on each funding row that prints all three.
 */
public final class NetBudgetRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP106";
    }

    @Override
    public Check check() {
        return Check.FUNDING_BREAKDOWN;
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
            if (r.pooling() == null) {
                continue;
            }
            Interval gross = audit.printed(r.pooling().grossBudget());
            Interval pooled = audit.printed(r.pooling().pooled());
            Interval stated = audit.printed(r.budget());
            if (gross == null || pooled == null || stated == null) {
                continue;
            }
            Interval net = gross.minus(pooled);
            if (!stated.meets(net)) {
                String computed = net.format(r.budget().value().scale());
                audit.report(this, Severity.ERROR, Section.FUNDING, row, r.span())
                        .label(r.label())
                        .stated(r.budget().raw())
                        .computed(computed)
                        .formula("C = A − B = " + r.pooling().grossBudget().value().toPlainString() + " − "
                                + r.pooling().pooled().value().toPlainString())
                        .message("rule.ZP106", r.label(), r.budget().raw(), computed);
            }
        }
    }
}
