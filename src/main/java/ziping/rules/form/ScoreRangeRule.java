package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.Reach;
import ziping.rules.RowByRowRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** ZP202 score_range. Basis: a score lies between 0 and its 分值 (NOTES.md §3: full 分值 when met, never more). */
public final class ScoreRangeRule implements RowByRowRule<FormAudit> {
    @Override
    public String id() {
        return "ZP202";
    }

    @Override
    public Check check() {
        return Check.SCORE_RANGE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING, Section.INDICATOR);
    }

    /** Of an indicator row it reads only the 分值 and 得分: a row whose text alone is in doubt (ZP007) is checked. */
    @Override
    public Reach reach(Section section) {
        return section == Section.INDICATOR ? Reach.ROW_NUMBERS : Reach.EACH_ROW;
    }

    /** Whether a stated score cannot lie in [0, 分值]; false when 分值 is not printed. */
    static boolean outOfRange(Interval stated, BigDecimal weight) {
        return weight != null && !stated.meets(new Interval(BigDecimal.ZERO, weight));
    }

    @Override
    public void apply(FormAudit audit) {
        FundingRow total = audit.form().fundingTotal();
        if (total != null && audit.profile().capExecutionScore()) {
            check(audit, Section.FUNDING, audit.form().funding().indexOf(total), total.label(), total.weight(),
                    total.score(), total.span());
        }
        List<Indicator> indicators = audit.form().indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            check(audit, Section.INDICATOR, row, i.name(), i.weight(), i.score(), i.span());
        }
    }

    private void check(FormAudit audit, Section section, int row, String label, Figure weight, Figure score,
                       Span span) {
        Interval stated = audit.printed(score);
        Interval max = audit.exact(weight);
        if (stated == null || max == null || !outOfRange(stated, max.lo())) {
            return;
        }
        String range = new Interval(BigDecimal.ZERO, max.lo()).format(weight.value().scale());
        audit.report(this, Severity.ERROR, section, row, span)
                .label(label)
                .stated(score.raw())
                .computed(range)
                .formula("0 ≤ 得分 ≤ 分值 = " + weight.value().toPlainString())
                .message("rule.ZP202", label, score.raw(), weight.raw());
    }
}
