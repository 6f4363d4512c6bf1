package ziping.rules.form;

import ziping.model.Check;
import ziping.model.FundingRow;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.RowByRowRule;
import java.util.Set;

/** ZP102 execution_score. Basis: 预算执行率得分 = 执行率×分值, capped at 分值 by profile (NOTES.md §3, §4). */
public final class ExecutionScoreRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP102";
    }

    @Override
    public Check check() {
        return Check.EXECUTION_SCORE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING);
    }

    @Override
    public void apply(FormAudit audit) {
        FundingRow total = audit.form().fundingTotal();
        if (total == null) {
            return;
        }
        Interval budget = audit.printed(total.budget());
        Interval executed = audit.printed(total.executed());
        Interval weight = audit.executionPoints() == null ? null : Interval.exact(audit.executionPoints());
        Interval stated = audit.printed(total.score());
        if (budget == null || executed == null || weight == null || stated == null) {
            return;
        }
        boolean cap = audit.profile().capExecutionScore();
        Interval score = ExecutionFormula.score(budget, executed, weight.lo(), cap);
        if (score != null && !stated.meets(score)) {
            String computed = score.format(total.score().value().scale() + 2);
            audit.report(this, Severity.ERROR, Section.FUNDING, audit.form().funding().indexOf(total), total.span())
                    .label(total.label())
                    .stated(total.score().raw())
                    .computed(computed)
                    .formula(ExecutionFormula.scoreFormula(total.budget().value(), total.executed().value(),
                            weight.lo(), cap))
                    .message("rule.ZP102", total.score().raw(), computed);
        }
    }
}
