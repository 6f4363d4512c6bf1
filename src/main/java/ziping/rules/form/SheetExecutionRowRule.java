package ziping.rules.form;

import ziping.model.Check;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Scoring;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.Reach;
import ziping.rules.Rule;

import java.util.List;
import java.util.Set;

/**
 * ZP105 execution_score. Basis: on a scoring sheet (HB-GS, NX-YC: a family whose {@code indicatorScores} is
 * {@code sheet}) the execution rate is a row of its own, 预算执行率, scored 执行率 × 分值 (capped at 分值 where the family
 * caps), the rate being 执行数 / 年度预算数 of the funding row.
 */
public final class SheetExecutionRowRule implements Rule<FormAudit> {
    private static final String ROW = "预算执行率";

    @Override
    public String id() {
        return "ZP105";
    }

    @Override
    public Check check() {
        return Check.EXECUTION_SCORE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING, Section.INDICATOR);
    }

    /** Each indicator row on its own, against the 年度资金总额 row alone. */
    @Override
    public Reach reach(Section section) {
        return section == Section.FUNDING ? Reach.TOTAL_ROW : Reach.EACH_ROW;
    }

    @Override
    public void apply(FormAudit audit) {
        Scoring scoring = audit.scoring();
        FundingRow funding = audit.form().fundingTotal();
        if (scoring == null || !"sheet".equals(scoring.indicatorScores()) || funding == null) {
            return;
        }
        Interval budget = audit.printed(funding.budget());
        Interval executed = audit.printed(funding.executed());
        if (budget == null || executed == null) {
            return;
        }
        List<Indicator> indicators = audit.form().indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            Interval weight = audit.exact(i.weight());
            Interval stated = audit.printed(i.score());
            if (!i.name().contains(ROW) || weight == null || stated == null) {
                continue;
            }
            Interval score = ExecutionFormula.score(budget, executed, weight.lo(), audit.profile().capExecutionScore());
            if (score != null && !stated.meets(score)) {
                String computed = score.format(i.score().value().scale() + 2);
                audit.report(this, Severity.ERROR, Section.INDICATOR, row, i.span())
                        .label(i.name())
                        .stated(i.score().raw())
                        .computed(computed)
                        .formula(ExecutionFormula.scoreFormula(funding.budget().value(), funding.executed().value(),
                                weight.lo(), audit.profile().capExecutionScore()))
                        .message("rule.ZP105", i.name(), i.score().raw(), computed);
            }
        }
    }
}
