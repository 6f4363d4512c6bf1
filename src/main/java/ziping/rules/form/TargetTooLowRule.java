package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Comparator;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.RowByRowRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** ZP206 target_too_low. Basis: a target set clearly too low calls for a reduced score; flag it (NOTES.md §3). */
public final class TargetTooLowRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP206";
    }

    @Override
    public Check check() {
        return Check.TARGET_TOO_LOW;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    @Override
    public void apply(FormAudit audit) {
        List<Indicator> indicators = audit.form().indicators();
        for (int row = 0; row < indicators.size(); row++) {
            check(audit, row, indicators.get(row));
        }
    }

    private void check(FormAudit audit, int row, Indicator i) {
        Measure target = i.target();
        Measure actual = i.actual();
        if (target == null || !target.isNumeric() || isReverse(target)) {
            return;
        }
        BigDecimal weight = i.weight() != null && i.weight().isNumber() ? i.weight().value() : null;
        boolean zeroTarget = target.number().signum() == 0;
        if (zeroTarget && isLowerBound(target) && weight != null && weight.signum() > 0) {
            start(audit, Severity.WARNING, row, i).message("rule.ZP206.zeroTarget", i.name(), target.raw(),
                    i.weight().raw());
            return;
        }
        if (actual == null || !actual.isNumeric() || IndicatorScoring.isBound(actual.comparator())
                || !Units.compatible(target, actual)) {
            return;
        }
        if (zeroTarget && actual.number().signum() > 0 && weight != null && weight.signum() == 0) {
            start(audit, Severity.INFO, row, i).message("rule.ZP206.zeroWeight", i.name(), target.raw(),
                    actual.raw());
        } else if (!zeroTarget && target.number().signum() > 0
                && actual.number().compareTo(audit.profile().farAboveFactor().multiply(target.number())) >= 0) {
            BigDecimal times = actual.number().divide(target.number(), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            start(audit, Severity.INFO, row, i)
                    .computed(times.toPlainString() + "×")
                    .formula("实际/目标 = " + actual.number().toPlainString() + "/" + target.number().toPlainString())
                    .message("rule.ZP206.farAbove", i.name(), target.raw(), actual.raw(), times.toPlainString());
        }
    }

    private static boolean isReverse(Measure m) {
        return m.comparator() != null && m.comparator().isReverse();
    }

    private static boolean isLowerBound(Measure m) {
        return m.comparator() == Comparator.GE || m.comparator() == Comparator.GT;
    }

    private FormAudit.FindingBuilder start(FormAudit audit, Severity severity, int row, Indicator i) {
        return audit.report(this, severity, Section.INDICATOR, row, i.span())
                .label(i.name())
                .stated(i.target().raw());
    }
}
