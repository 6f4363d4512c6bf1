package ziping.rules.form;

import ziping.model.Check;
import ziping.model.FundingRow;
import ziping.model.Scoring;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.RowByRowRule;

import java.math.BigDecimal;
import java.util.Set;

/**
 * ZP104 missing_reason. Basis: families that ask for it (SC-BM: 预算执行率低于90%的须说明原因) want a reason where the
 * execution rate, B / A recomputed from the 年度资金总额 row, is below their bound; the reason is the row's 原因 cell.
 * Runs only for a family whose scoring model sets {@code reasonRequiredBelowRate} and whose funding block prints a
 * reason column.
 */
public final class ExecutionReasonRule implements RowByRowRule<FormAudit> {
    private static final BigDecimal PERCENT = new BigDecimal("100");

    @Override
    public String id() {
        return "ZP104";
    }

    @Override
    public Check check() {
        return Check.MISSING_REASON;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING);
    }

    @Override
    public void apply(FormAudit audit) {
        Scoring scoring = audit.scoring();
        FundingRow total = audit.form().fundingTotal();
        if (scoring == null || scoring.reasonRequiredBelowRate() == null || total == null || total.reason() == null
                || !total.reason().isBlank()) {
            return;
        }
        Interval budget = audit.printed(total.budget());
        Interval executed = audit.printed(total.executed());
        if (budget == null || executed == null || budget.lo().signum() <= 0) {
            return;
        }
        Interval rate = executed.dividedBy(budget).times(PERCENT);
        BigDecimal bound = scoring.reasonRequiredBelowRate();
        if (rate.hi().compareTo(bound) < 0) {
            String computed = rate.format(2) + "%";
            audit.report(this, Severity.WARNING, Section.FUNDING, audit.form().funding().indexOf(total), total.span())
                    .label(total.label())
                    .stated("")
                    .computed(computed)
                    .formula("执行率 = " + total.executed().value().toPlainString() + " / "
                            + total.budget().value().toPlainString() + " < " + bound.toPlainString() + "%")
                    .message("rule.ZP104", computed, bound.toPlainString());
        }
    }
}
