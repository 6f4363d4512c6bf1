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
 * ZP107 execution_rate. Basis: the column heading of the Sichuan 2024 transfer-payment form (TEMPLATES.md, TP),
 * 预算到位（D/C×100%）: 全年到位资金 D over 扣除统筹整合资金后预算金额 C, on each funding row that prints it.
 */
public final class ReceivedRateRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP107";
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
            if (r.pooling() == null) {
                continue;
            }
            Interval net = audit.printed(r.budget());
            Interval received = audit.printed(r.received());
            Interval stated = audit.printed(r.pooling().receivedRate());
            if (net == null || received == null || stated == null || r.budget().value().signum() == 0) {
                continue;
            }
            Interval rate = ExecutionFormula.rate(net, received);
            if (rate != null && !stated.meets(rate)) {
                String computed = rate.format(r.pooling().receivedRate().value().scale() + 2);
                audit.report(this, Severity.ERROR, Section.FUNDING, row, r.span())
                        .label(r.label())
                        .stated(r.pooling().receivedRate().raw())
                        .computed(computed)
                        .formula("D/C×100 = " + r.received().value().toPlainString() + "/"
                                + r.budget().value().toPlainString() + "×100")
                        .message("rule.ZP107", r.label(), r.pooling().receivedRate().raw(), computed);
            }
        }
    }
}
