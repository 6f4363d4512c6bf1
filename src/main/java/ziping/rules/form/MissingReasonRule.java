package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Indicator;
import ziping.model.MeasureKind;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Reach;
import ziping.rules.RowByRowRule;

import java.util.List;
import java.util.Set;

/**
 * ZP204 missing_reason. Basis: a score below 分值 calls for 偏差原因分析及改进措施 (NOTES.md §3). A form without a reason
 * column (reason null: the scoring sheets, HB-20 whose reasons stand in rows below the table) is not checked.
 */
public final class MissingReasonRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP204";
    }

    @Override
    public Check check() {
        return Check.MISSING_REASON;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    /**
     * It reads a row's actual, 分值, 得分 and reason only: a row whose empty reason was read on the line of those cells
     * ({@link Indicator#reasonOnLine}) is checked where only text is in doubt near it.
     */
    @Override
    public Reach reach(Section section) {
        return Reach.REASON_ON_LINE;
    }

    static boolean isBlank(String reason) {
        return reason == null || reason.isBlank();
    }

    @Override
    public void apply(FormAudit audit) {
        List<Indicator> indicators = audit.form().indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            if (i.reason() != null && i.reason().isBlank() && (isDeducted(i) || isNotDone(i))) {
                String score = i.score() == null ? "" : i.score().raw();
                audit.report(this, Severity.WARNING, Section.INDICATOR, row, i.span())
                        .label(i.name())
                        .stated(score)
                        .message("rule.ZP204", i.name(), score);
            }
        }
    }

    private static boolean isDeducted(Indicator i) {
        return i.score() != null && i.score().isNumber() && i.weight() != null && i.weight().isNumber()
                && i.score().value().compareTo(i.weight().value()) < 0;
    }

    private static boolean isNotDone(Indicator i) {
        return i.actual() != null && i.actual().kind() == MeasureKind.NOT_DONE;
    }
}
