package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.ScoringGroup;
import ziping.model.report.ScoringTable;
import ziping.rules.Interval;
import ziping.rules.Rule;

/**
 * ZP406: the 总计 weight equals the sum of the 一级指标 weights. Basis: the weights of an indicator system sum to
 * the total, 100 (NOTES.md §3 Weights).
 */
public final class TotalWeightRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP406";
    }

    @Override
    public Check check() {
        return Check.WEIGHT_SUM;
    }

    @Override
    public void apply(ReportAudit audit) {
        ScoringTable table = audit.report().scoring();
        if (table == null || table.totalWeight() == null) {
            return;
        }
        Interval sum = WeightSums.sum(audit, table.groups(), ScoringGroup::weight);
        if (sum != null && !audit.agrees(table.totalWeight(), sum)) {
            String formula = "Σ " + String.join(" + ", table.groups().stream().map(g -> g.weight().raw()).toList());
            audit.report(this, Severity.ERROR, Section.TOTAL, null, table.totalSpan(), "总计",
                    table.totalWeight().raw(), sum, formula, table.totalWeight().raw(),
                    sum.format(ReportAudit.SHOWN_SCALE), formula);
        }
    }
}
