package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Reach;
import ziping.rules.RowByRowRule;

import java.util.List;
import java.util.Set;

/** ZP205 unit_mismatch. Basis: actual/target compares like with like, so both need the same unit (NOTES.md §3). */
public final class UnitMismatchRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP205";
    }

    @Override
    public Check check() {
        return Check.UNIT_MISMATCH;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    /**
     * It reads a row's target and actual only: a row whose target, actual, 分值 and 得分 were read on the line that
     * anchors it ({@link Indicator#valuesOnLine}) is checked where only text is in doubt near it.
     */
    @Override
    public Reach reach(Section section) {
        return Reach.VALUES_ON_LINE;
    }

    @Override
    public void apply(FormAudit audit) {
        List<Indicator> indicators = audit.form().indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            Measure target = i.target();
            Measure actual = i.actual();
            if (target == null || actual == null || !target.isNumeric() || !actual.isNumeric()) {
                continue;
            }
            if (Units.differ(target, actual)) {
                start(audit, Severity.WARNING, row, i)
                        .message("rule.ZP205.units", i.name(), target.raw(), actual.raw(), target.unit(),
                                actual.unit());
            } else if (isBareNonzero(target, actual) || isBareNonzero(actual, target)) {
                start(audit, Severity.INFO, row, i).message("rule.ZP205.bare", i.name(), target.raw(), actual.raw());
            }
        }
    }

    /** {@code bare} is a nonzero number printed without the unit {@code other} has. */
    private static boolean isBareNonzero(Measure bare, Measure other) {
        return !Units.hasUnit(bare) && Units.hasUnit(other) && bare.number().signum() != 0;
    }

    private FormAudit.FindingBuilder start(FormAudit audit, Severity severity, int row, Indicator i) {
        return audit.report(this, severity, Section.INDICATOR, row, i.span())
                .label(i.name())
                .stated(i.actual().raw());
    }
}
