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
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Set;

/**
 * ZP302 total_score. Basis: 总分 = 预算执行率得分 + Σ 指标得分 (NOTES.md §3 Total). Printed scores are rounded results,
 * so each stands for its interval; on a scoring sheet (HB-GS, NX-YC) the scores are points awarded as printed, so
 * their sum is exact and only the printed total is an interval.
 */
public final class TotalScoreRule implements Rule<FormAudit> {
    @Override
    public String id() {
        return "ZP302";
    }

    @Override
    public Check check() {
        return Check.TOTAL_SCORE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING, Section.INDICATOR, Section.TOTAL);
    }

    /** Of the indicator rows it reads only their 得分: a row whose text alone is in doubt (ZP007) does not stop it. */
    @Override
    public Reach reach(Section section) {
        return section == Section.INDICATOR ? Reach.NUMBERS : Reach.WHOLE;
    }

    @Override
    public void apply(FormAudit audit) {
        Form form = audit.form();
        Interval stated = form.total() == null ? null : audit.printed(form.total().score());
        FundingRow funding = form.fundingTotal();
        List<Figure> scores = Stream.concat(
                        Stream.of(funding == null ? null : funding.score()),
                        form.indicators().stream().map(Indicator::score))
                .filter(f -> f != null && f.isNumber()).toList();
        if (stated == null || scores.isEmpty()) {
            return;
        }
        boolean awarded = audit.scoring() != null && "sheet".equals(audit.scoring().indicatorScores());
        Interval sum = scores.stream().map(awarded ? audit::exact : audit::printed).reduce(Interval::plus)
                .orElseThrow();
        if (!stated.meets(sum)) {
            Figure total = form.total().score();
            String computed = sum.format(total.value().scale() + 1);
            audit.report(this, Severity.ERROR, Section.TOTAL, null, form.total().span())
                    .label("总分")
                    .stated(total.raw())
                    .computed(computed)
                    .formula("Σ 得分 = " + scores.stream().map(f -> f.value().toPlainString())
                            .collect(Collectors.joining(" + ")))
                    .message("rule.ZP302", computed, total.raw());
        }
    }
}
