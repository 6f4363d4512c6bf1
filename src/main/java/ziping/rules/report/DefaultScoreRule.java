package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Measure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.ScoredIndicator;
import ziping.rules.Interval;
import ziping.rules.ReverseFormula;
import ziping.rules.Rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * ZP411: a quantitative row without a readable 评分标准 is scored by the profile's default rules: met → full 权重;
 * a missed forward target → 业绩值 / 目标值 × 权重; a missed reverse target (direction by comparator or name) →
 * 目标值 / 业绩值 × 权重 or the linear (1 − (业绩值 − 目标值) / 目标值) × 权重, as the profile says. A warning: the
 * report did not state the rule. Basis: NOTES.md §3 (quantitative indicators, forward and reverse).
 */
public final class DefaultScoreRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP411";
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
            boolean readable = row.standard() != null && ScoringStandard.read(row.standard().text()).isPresent();
            if (readable || !quantitative(row)) {
                continue;
            }
            StandardScore expected = expect(row, audit);
            if (expected != null && !audit.agrees(row.score(), expected.score())) {
                audit.report(this, Severity.WARNING, Section.SCORING, i, row.span(), row.name(), row.score().raw(),
                        expected.score(), expected.formula(), row.name(), row.score().raw(),
                        expected.score().format(ReportAudit.SHOWN_SCALE), expected.formula());
            }
        }
    }

    /** The default score of a quantitative row; null when it cannot be computed (a zero divisor). */
    private static StandardScore expect(ScoredIndicator row, ReportAudit audit) {
        boolean reverse = IndicatorDirection.isReverse(row.name(), row.target().comparator());
        BigDecimal target = row.target().number();
        BigDecimal actual = row.actual().number();
        BigDecimal weight = row.weight().value();
        Interval a = audit.printed(actual);
        Interval t = Interval.exact(target);
        if (reverse ? actual.compareTo(target) <= 0 : actual.compareTo(target) >= 0) {
            return new StandardScore(Interval.exact(weight), direction(reverse) + ", met: " + plain(weight), false);
        }
        if (reverse && audit.profile().reverseFormula() == ReverseFormula.LINEAR) {
            Interval excess = a.minus(t).dividedBy(t);
            return excess == null ? null : new StandardScore(
                    Interval.exact(BigDecimal.ONE).minus(excess).times(weight).flooredAt(BigDecimal.ZERO),
                    "reverse, linear: (1 − (" + plain(actual) + " − " + plain(target) + ") / " + plain(target)
                            + ") × " + plain(weight), false);
        }
        Interval ratio = reverse ? t.dividedBy(a) : a.dividedBy(t);
        String formula = reverse ? plain(target) + " / " + plain(actual) : plain(actual) + " / " + plain(target);
        return ratio == null ? null : new StandardScore(ratio.times(weight).cappedAt(weight),
                direction(reverse) + ": " + formula + " × " + plain(weight), false);
    }

    private static String direction(boolean reverse) {
        return reverse ? "reverse" : "forward";
    }

    private static boolean quantitative(ScoredIndicator row) {
        Measure t = row.target();
        Measure a = row.actual();
        return t != null && t.isNumeric() && a.isNumeric() && Objects.equals(t.unit(), a.unit())
                && row.weight().isNumber() && row.score() != null && row.score().isNumber();
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
