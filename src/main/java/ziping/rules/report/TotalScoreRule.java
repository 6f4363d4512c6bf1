package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.ScoringTable;
import ziping.rules.Interval;
import ziping.rules.Rule;

/**
 * ZP407: the 总计 score equals the sum of the rows' 评分结果. Basis: the total is the sum of the indicator scores
 * (NOTES.md §3 Total, Report tables).
 */
public final class TotalScoreRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP407";
    }

    @Override
    public Check check() {
        return Check.TOTAL_SCORE;
    }

    @Override
    public void apply(ReportAudit audit) {
        ScoringTable table = audit.report().scoring();
        if (table == null || table.totalScore() == null) {
            return;
        }
        Interval sum = WeightSums.sum(audit, table.indicators(), ScoredIndicator::score);
        if (sum != null && !audit.agrees(table.totalScore(), sum)) {
            String formula = "Σ " + table.indicators().size() + " rows";
            audit.report(this, Severity.ERROR, Section.TOTAL, null, table.totalSpan(), "总计",
                    table.totalScore().raw(), sum, formula, table.totalScore().raw(),
                    sum.format(ReportAudit.SHOWN_SCALE));
        }
    }
}
