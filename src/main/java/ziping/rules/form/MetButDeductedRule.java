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

/** ZP203 met_but_deducted. Basis: a quantitative target met earns full 分值 (NOTES.md §3). */
public final class MetButDeductedRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP203";
    }

    @Override
    public Check check() {
        return Check.MET_BUT_DEDUCTED;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    /**
     * It reads a row's target, actual, 分值 and 得分 (its reason only for the message): a row whose four cells were read
     * on the line that anchors it ({@link Indicator#valuesOnLine}) is checked where only text is in doubt near it, its
     * message then saying nothing of a reason the line does not show.
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
            Interval stated = audit.printed(i.score());
            if (stated == null || !IndicatorScoring.isMet(i, audit)
                    || stated.hi().compareTo(i.weight().value()) >= 0) {
                continue;
            }
            String key = i.valuesOnLine() && !i.reasonOnLine() ? "rule.ZP203.reasonUnread"
                    : MissingReasonRule.isBlank(i.reason()) ? "rule.ZP203.noReason" : "rule.ZP203.reason";
            audit.report(this, Severity.WARNING, Section.INDICATOR, row, i.span())
                    .label(i.name())
                    .stated(i.score().raw())
                    .computed(i.weight().value().toPlainString())
                    .formula("目标已达成 → 得分 = 分值 = " + i.weight().value().toPlainString())
                    .message(key, i.name(), i.target().raw(), i.actual().raw(), i.score().raw(), i.weight().raw());
        }
    }
}
