package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.Reach;
import ziping.rules.RowByRowRule;

import java.util.List;
import java.util.Set;

/**
 * ZP201 indicator_score. Basis: a missed target scores actual/target×分值 (reverse: the profile's formula), a
 * qualitative value scores within its band of 分值, not done scores 0 (NOTES.md §3).
 */
public final class IndicatorScoreRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP201";
    }

    @Override
    public Check check() {
        return Check.INDICATOR_SCORE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    /**
     * It reads a row's target, actual, 分值 and 得分 only: a row whose four cells were read on the line that anchors it
     * ({@link Indicator#valuesOnLine}) is checked where only text is in doubt near it.
     */
    @Override
    public Reach reach(Section section) {
        return Reach.VALUES_ON_LINE;
    }

    @Override
    public void apply(FormAudit audit) {
        List<Indicator> indicators = audit.form().indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            Interval stated = audit.printed(indicator.score());
            Expectation expected = IndicatorScoring.of(indicator, audit);
            if (stated == null || expected == null || ScoreRangeRule.outOfRange(stated, indicator.weight().value())) {
                continue;
            }
            if (expected instanceof Expectation.Missed missed && !stated.meets(missed.score())) {
                String computed = missed.score().format(indicator.score().value().scale() + 2);
                start(audit, Severity.ERROR, row, indicator, computed)
                        .formula(missed.formula())
                        .message("rule.ZP201", indicator.name(), indicator.target().raw(), indicator.actual().raw(),
                                indicator.score().raw(), computed);
            } else if (expected instanceof Expectation.Banded band && !stated.meets(band.score())) {
                String computed = band.score().format(indicator.score().value().scale());
                String share = band.level().share(audit.profile()).format(2);
                start(audit, Severity.WARNING, row, indicator, computed)
                        .formula(band.level().label() + ": 分值×" + share + " = "
                                + indicator.weight().value().toPlainString() + "×" + share)
                        .message("rule.ZP201.band", indicator.name(), indicator.actual().raw(), computed,
                                indicator.score().raw());
            }
        }
    }

    private FormAudit.FindingBuilder start(FormAudit audit, Severity severity, int row, Indicator indicator,
                                           String computed) {
        return audit.report(this, severity, Section.INDICATOR, row, indicator.span())
                .label(indicator.name())
                .stated(indicator.score().raw())
                .computed(computed);
    }
}
