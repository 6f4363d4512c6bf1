package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.ScoringGroup;
import ziping.model.report.Subtotal;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.List;

/**
 * ZP404: a sub-group weight printed inside a 一级指标 (5.46, 9.08 …) equals the sum of the weights of the rows it
 * covers. Basis: a level's weight is the sum of its children's (NOTES.md §3 Weights, Report tables).
 */
public final class SubtotalWeightRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP404";
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
            for (Subtotal sub : group.subtotals()) {
                List<ScoredIndicator> rows = group.indicators().subList(sub.first(), sub.first() + sub.count());
                Interval sum = WeightSums.weights(audit, rows);
                if (sum != null && !audit.agrees(sub.weight(), sum)) {
                    String formula = "Σ " + String.join(" + ", rows.stream().map(r -> r.weight().raw()).toList());
                    audit.report(this, Severity.ERROR, Section.SCORING, WeightSums.firstRow(groups, g) + sub.first(),
                            sub.span(), group.name(), sub.weight().raw(), sum, formula, group.name(),
                            sub.weight().raw(), sum.format(ReportAudit.SHOWN_SCALE), formula);
                }
            }
        }
    }
}
