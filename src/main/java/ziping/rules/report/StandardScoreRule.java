package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.ScoredIndicator;
import ziping.rules.Rule;

import java.util.List;

/**
 * ZP410: a row's 评分结果 agrees with its own 评分标准 when that standard is a formula ziping can read (a deduction
 * per step below full marks, or a share per element present). An error, or a warning when the 业绩值 was inferred by
 * counting the elements a qualitative description lists. Basis: the 评分标准 column of 附表1 (seed 002).
 */
public final class StandardScoreRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP410";
    }

    @Override
    public Check check() {
        return Check.INDICATOR_SCORE;
    }

    @Override
    public void apply(ReportAudit audit) {
        List<ScoredIndicator> rows = audit.scoredIndicators();
        for (int i = 0; i < rows.size(); i++) {
            ScoredIndicator row = rows.get(i);
            if (row.standard() == null || row.score() == null) {
                continue;
            }
            StandardScore expected = ScoringStandard.read(row.standard().text()).map(s -> s.score(row, audit))
                    .orElse(null);
            if (expected != null && !audit.agrees(row.score(), expected.score())) {
                audit.report(this, expected.inferred() ? Severity.WARNING : Severity.ERROR, Section.SCORING, i,
                        row.span(), row.name(), row.score().raw(), expected.score(), expected.formula(), row.name(),
                        row.score().raw(), expected.score().format(ReportAudit.SHOWN_SCALE), expected.formula(),
                        row.standard().text());
            }
        }
    }
}
