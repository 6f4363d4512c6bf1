package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.RowByRowRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * ZP208 indicator_score. Basis: 折算得分 = 单项指标得分 × 权重占比 (TEMPLATES.md §3, the budget-system export HEB-CA):
 * a row scored out of 100 counts toward the total by its share of the weights. Runs on rows that print all three.
 */
public final class ConvertedScoreRule implements RowByRowRule<FormAudit> {
    private static final BigDecimal PERCENT = new BigDecimal("0.01");

    @Override
    public String id() {
        return "ZP208";
    }

    @Override
    public Check check() {
        return Check.INDICATOR_SCORE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    @Override
    public void apply(FormAudit audit) {
        List<Indicator> indicators = audit.form().indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            Interval single = audit.printed(i.singleScore());
            Interval share = audit.printed(i.weight());
            Interval stated = audit.printed(i.score());
            if (single == null || share == null || stated == null) {
                continue;
            }
            Interval converted = single.times(share).times(PERCENT);
            if (!stated.meets(converted)) {
                String computed = converted.format(i.score().value().scale() + 2);
                audit.report(this, Severity.ERROR, Section.INDICATOR, row, i.span())
                        .label(i.name())
                        .stated(i.score().raw())
                        .computed(computed)
                        .formula("折算得分 = 单项指标得分 × 权重占比 = " + i.singleScore().value().toPlainString()
                                + " × " + i.weight().value().toPlainString() + "%")
                        .message("rule.ZP208", i.name(), i.score().raw(), computed);
            }
        }
    }
}
