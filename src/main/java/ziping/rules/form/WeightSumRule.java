package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Reach;
import ziping.rules.Rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Set;

/** ZP301 weight_sum. Basis: indicator weights plus the 预算执行率 weight sum to 100 (NOTES.md §3 Weights). */
public final class WeightSumRule implements Rule<FormAudit> {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public String id() {
        return "ZP301";
    }

    @Override
    public Check check() {
        return Check.WEIGHT_SUM;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING, Section.INDICATOR, Section.TOTAL);
    }

    /** Of the indicator rows it reads only their 分值: a row whose text alone is in doubt (ZP007) does not stop it. */
    @Override
    public Reach reach(Section section) {
        return section == Section.INDICATOR ? Reach.NUMBERS : Reach.WHOLE;
    }

    @Override
    public void apply(FormAudit audit) {
        Form form = audit.form();
        FundingRow funding = form.fundingTotal();
        List<BigDecimal> weights = Stream.concat(
                        Stream.of(funding == null ? null : funding.weight()),
                        form.indicators().stream().map(Indicator::weight))
                .filter(f -> f != null && f.isNumber()).map(Figure::value).toList();
        if (weights.isEmpty()) {
            return;
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Figure printed = form.total() == null ? null : form.total().weight();
        BigDecimal expected = printed != null && printed.isNumber() ? printed.value() : HUNDRED;
        if (sum.compareTo(expected) != 0) {
            String stated = printed != null && printed.isNumber() ? printed.raw() : HUNDRED.toPlainString();
            audit.report(this, Severity.ERROR, Section.TOTAL, null, form.total() == null ? null : form.total().span())
                    .label("总分")
                    .stated(stated)
                    .computed(sum.toPlainString())
                    .formula("Σ 分值 = " + weights.stream().map(BigDecimal::toPlainString)
                            .collect(Collectors.joining(" + ")))
                    .message("rule.ZP301", sum.toPlainString(), stated);
        }
    }
}
