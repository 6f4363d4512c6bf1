package ziping.rules.form;

import ziping.model.Comparator;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.ReverseFormula;

import java.math.BigDecimal;

/**
 * Scores an indicator by the official rules (NOTES.md §3): forward targets (≥, >, = or none) score actual/target×分值
 * when missed, reverse targets (≤, <) target/actual×分值 or the linear formula of the profile, qualitative values by
 * bands of 分值, a not-done actual scores 0. Set values (target, 分值) are exact, the actual is a printed interval.
 */
final class IndicatorScoring {
    private static final BigDecimal TWO = new BigDecimal("2");

    private IndicatorScoring() {
    }

    /** The expected score; null when it cannot be worked out (no 分值, dates, unknown values, unit mismatch). */
    static Expectation of(Indicator indicator, FormAudit audit) {
        Interval weight = audit.exact(indicator.weight());
        Measure target = indicator.target();
        Measure actual = indicator.actual();
        if (weight == null || target == null || actual == null) {
            return null;
        }
        if (actual.kind() == MeasureKind.NOT_DONE) {
            return new Expectation.Missed(Interval.exact(BigDecimal.ZERO), "实际完成值 " + actual.raw() + " → 0");
        }
        if (target.kind() == MeasureKind.QUALITATIVE && actual.kind() == MeasureKind.QUALITATIVE) {
            QualitativeLevel level = QualitativeLevel.of(target.text(), actual.text());
            return level == null ? null
                    : new Expectation.Banded(level, level.share(audit.profile()).times(weight.lo()));
        }
        if (target.isNumeric() && actual.isNumeric() && Units.compatible(target, actual)) {
            return quantitative(target, actual, weight.lo(), audit);
        }
        return null;
    }

    /** Whether a quantitative target was met; false also when it cannot be told (see {@link #of}). */
    static boolean isMet(Indicator indicator, FormAudit audit) {
        return of(indicator, audit) instanceof Expectation.Met;
    }

    private static Expectation quantitative(Measure target, Measure actual, BigDecimal weight, FormAudit audit) {
        Comparator relation = target.comparator() == null ? Comparator.EQ : target.comparator();
        if (isBound(actual.comparator())) {
            return boundImplies(relation, target.number(), actual) ? new Expectation.Met() : null;
        }
        BigDecimal t = target.number();
        BigDecimal a = actual.number();
        if (relation.isReverse()) {
            boolean met = relation == Comparator.LT ? a.compareTo(t) < 0 : a.compareTo(t) <= 0;
            return met ? new Expectation.Met() : reverseMissed(t, a, weight, audit);
        }
        if (relation == Comparator.EQ && t.signum() == 0) {
            return a.signum() <= 0 ? new Expectation.Met()
                    : new Expectation.Missed(Interval.exact(BigDecimal.ZERO), "目标值 0，实际 " + plain(a) + " → 0");
        }
        boolean met = relation == Comparator.GT ? a.compareTo(t) > 0 : a.compareTo(t) >= 0;
        if (met) {
            return new Expectation.Met();
        }
        Interval ratio = audit.printed(a).dividedBy(Interval.exact(t));
        return ratio == null ? null : new Expectation.Missed(ratio.times(weight),
                "实际/目标×分值 = " + plain(a) + "/" + plain(t) + "×" + plain(weight));
    }

    private static Expectation reverseMissed(BigDecimal t, BigDecimal a, BigDecimal weight, FormAudit audit) {
        if (t.signum() == 0) {
            return new Expectation.Missed(Interval.exact(BigDecimal.ZERO), "目标值 0，实际 " + plain(a) + " → 0");
        }
        Interval actual = audit.printed(a);
        Interval target = Interval.exact(t);
        if (audit.profile().reverseFormula() == ReverseFormula.RATIO) {
            Interval ratio = target.dividedBy(actual);
            return ratio == null ? null : new Expectation.Missed(ratio.times(weight),
                    "目标/实际×分值 = " + plain(t) + "/" + plain(a) + "×" + plain(weight));
        }
        Interval share = Interval.exact(TWO).minus(actual.dividedBy(target)).flooredAt(BigDecimal.ZERO);
        return new Expectation.Missed(share.times(weight),
                "(1 − (实际 − 目标)/目标)×分值 = (1 − (" + plain(a) + " − " + plain(t) + ")/" + plain(t) + ")×"
                        + plain(weight));
    }

    /** An actual printed as a bound (≥98%) rather than a value; = counts as a value. */
    static boolean isBound(Comparator c) {
        return c != null && c != Comparator.EQ;
    }

    /** An actual printed as a bound (≥98%) meets its target when the bound implies it. */
    private static boolean boundImplies(Comparator relation, BigDecimal target, Measure actual) {
        Comparator bound = actual.comparator();
        int cmp = actual.number().compareTo(target);
        if (relation.isReverse()) {
            boolean sameDirection = bound == Comparator.LE || bound == Comparator.LT;
            return sameDirection && (cmp < 0 || cmp == 0 && (relation == Comparator.LE || bound == Comparator.LT));
        }
        boolean sameDirection = bound == Comparator.GE || bound == Comparator.GT;
        return sameDirection && (cmp > 0 || cmp == 0 && (relation != Comparator.GT || bound == Comparator.GT));
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
