package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.ScoringGroup;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.List;

/**
 * ZP405: the weight of each 一级指标 equals the sum of its rows' 权重. Basis: a level's weight is the sum of its
 * children's (NOTES.md §3 Weights; "scores sum per 一级指标" under Report tables).
 */
public final class GroupWeightRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP405";
    }

    @Override
    public Check check() {
        return Check.WEIGHT_SUM;
    }

    @Override
    public void apply(ReportAudit audit) {
        List<ScoringGroup> groups = audit.scoringGroups();
        for (int g = 0; g < groups.size(); g++) {
            ScoringGroup group = groups.get(g);
            Interval sum = WeightSums.weights(audit, group.indicators());
            if (sum != null && group.weight() != null && !audit.agrees(group.weight(), sum)) {
                String formula = "Σ " + group.indicators().size() + " rows";
                audit.report(this, Severity.ERROR, Section.SCORING, WeightSums.firstRow(groups, g), group.span(),
                        group.name(), group.weight().raw(), sum, formula, group.name(), group.weight().raw(),
                        sum.format(ReportAudit.SHOWN_SCALE));
            }
        }
    }
}
