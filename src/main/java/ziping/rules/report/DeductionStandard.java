package ziping.rules.report;

import ziping.model.report.ScoredIndicator;
import ziping.rules.Interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "业绩值为 100%得满分，每降低 1%扣权重分的 1%，扣完为止": score = 权重 × (1 − (full − 业绩值) / step × deduction),
 * between 0 and 权重. The 业绩值 is the printed number, or, for "业绩值为 3得满分" over a qualitative description,
 * the number of elements it lists.
 */
record DeductionStandard(BigDecimal full, BigDecimal step, BigDecimal deduction, String deductionText)
        implements ScoringStandard {

    private static final Pattern TEXT = Pattern.compile("业绩值为\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*得满分[，,]?\\s*"
            + "每降低\\s*(\\d+(?:\\.\\d+)?)\\s*%?\\s*扣权重分的\\s*(?:(\\d+(?:\\.\\d+)?)\\s*%|(\\d+)\\s*/\\s*(\\d+))");

    static Optional<DeductionStandard> read(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.find() || new BigDecimal(m.group(2)).signum() == 0 || m.group(5) != null
                && new BigDecimal(m.group(5)).signum() == 0) {
            return Optional.empty();
        }
        BigDecimal deduction = m.group(3) != null ? new BigDecimal(m.group(3)).movePointLeft(2)
                : new BigDecimal(m.group(4)).divide(new BigDecimal(m.group(5)), MathContext.DECIMAL64);
        String shown = m.group(3) != null ? m.group(3) + "%" : m.group(4) + "/" + m.group(5);
        return Optional.of(new DeductionStandard(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), deduction,
                shown));
    }

    @Override
    public StandardScore score(ScoredIndicator row, ReportAudit audit) {
        boolean inferred = !row.actual().isNumeric();
        int elements = Elements.count(row.actual());
        if (inferred && elements == 0 || !row.weight().isNumber()) {
            return null;
        }
        Interval actual = inferred ? Interval.exact(BigDecimal.valueOf(elements))
                : audit.printed(row.actual().number());
        String actualText = inferred ? elements + " 要素" : row.actual().number().toPlainString();
        BigDecimal weight = row.weight().value();
        Interval steps = Interval.exact(full).minus(actual).dividedBy(Interval.exact(step));
        Interval score = Interval.exact(BigDecimal.ONE).minus(steps.times(deduction)).times(weight)
                .flooredAt(BigDecimal.ZERO).cappedAt(weight);
        String formula = weight.toPlainString() + " × (1 − (" + full.toPlainString() + " − " + actualText + ") / "
                + step.toPlainString() + " × " + deductionText + ")";
        return new StandardScore(score, formula, inferred);
    }
}
