package ziping.rules.report;

import ziping.model.report.ScoredIndicator;
import ziping.rules.Interval;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "具备一个得分要素得 33.33%权重分": score = 权重 × min(1, elements × share), the elements counted in the qualitative
 * 业绩值. Further conditions in the text ("如果缺要素 4 … 不得分") are not read.
 */
record ElementShareStandard(BigDecimal share) implements ScoringStandard {

    private static final Pattern TEXT =
            Pattern.compile("具备\\s*[一1]\\s*个(?:得分)?要素各?得\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*权重分");

    static Optional<ElementShareStandard> read(String text) {
        Matcher m = TEXT.matcher(text);
        return m.find() ? Optional.of(new ElementShareStandard(new BigDecimal(m.group(1)).movePointLeft(2)))
                : Optional.empty();
    }

    @Override
    public StandardScore score(ScoredIndicator row, ReportAudit audit) {
        int elements = Elements.count(row.actual());
        if (elements == 0 || !row.weight().isNumber()) {
            return null;
        }
        BigDecimal weight = row.weight().value();
        BigDecimal reached = share.multiply(BigDecimal.valueOf(elements)).min(BigDecimal.ONE);
        String formula = weight.toPlainString() + " × min(1, " + elements + " 要素 × "
                + share.movePointRight(2).toPlainString() + "%)";
        return new StandardScore(Interval.exact(weight.multiply(reached)), formula, true);
    }
}
