package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Indicator;
import ziping.model.Scoring;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Rule;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ZP305 weight_sum. Basis: families that fix the points of their level-1 indicators (AH-SX prints 一级指标分值统一设置为
 * 产出指标50分、效益指标30分、满意度指标10分) want them on every form: points printed on such a label
 * ({@code 产出指标(70分)}) that differ are an error, once per label. Set values: compared exactly.
 */
public final class FixedLevel1PointsRule implements Rule<FormAudit> {
    @Override
    public String id() {
        return "ZP305";
    }

    @Override
    public Check check() {
        return Check.WEIGHT_SUM;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    @Override
    public void apply(FormAudit audit) {
        Scoring scoring = audit.scoring();
        if (scoring == null || scoring.fixedLevel1Points() == null) {
            return;
        }
        List<Indicator> indicators = audit.form().indicators();
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            BigDecimal fixed = scoring.fixedLevel1Points().get(i.level1());
            if (fixed == null || i.level1Points() == null || !i.level1Points().isNumber() || !seen.add(i.level1())) {
                continue;
            }
            if (i.level1Points().value().compareTo(fixed) != 0) {
                audit.report(this, Severity.ERROR, Section.INDICATOR, row, i.span())
                        .label(i.level1())
                        .stated(i.level1Points().raw())
                        .computed(fixed.toPlainString())
                        .formula(i.level1() + " = " + fixed.toPlainString() + "分")
                        .message("rule.ZP305", i.level1(), i.level1Points().raw(), fixed.toPlainString());
            }
        }
    }
}
