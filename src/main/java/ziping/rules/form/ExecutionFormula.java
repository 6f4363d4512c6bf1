package ziping.rules.form;

import ziping.rules.Interval;

import java.math.BigDecimal;

/**
 * The execution formulas of the 年度资金总额 row (NOTES.md §3): rate = B/A×100, score = min(B/A×分值, 分值).
 * Given printed intervals they give the interval a stated figure must meet; given exact points, the recomputed value.
 */
public final class ExecutionFormula {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ExecutionFormula() {
    }

    /** B/A×100 in percent; null when A may be zero. */
    public static Interval rate(Interval budget, Interval executed) {
        Interval ratio = executed.dividedBy(budget);
        return ratio == null ? null : ratio.times(HUNDRED);
    }

    /** B/A×分值, capped at 分值 when {@code cap}; null when A may be zero. */
    public static Interval score(Interval budget, Interval executed, BigDecimal weight, boolean cap) {
        Interval ratio = executed.dividedBy(budget);
        if (ratio == null) {
            return null;
        }
        Interval score = ratio.times(weight);
        return cap ? score.cappedAt(weight) : score;
    }

    /** "min(B/A×分值, 分值) = min(365.11/365.29×10, 10)", or without min when uncapped. */
    public static String scoreFormula(BigDecimal budget, BigDecimal executed, BigDecimal weight, boolean cap) {
        String product = executed.toPlainString() + "/" + budget.toPlainString() + "×" + weight.toPlainString();
        return cap ? "min(B/A×分值, 分值) = min(" + product + ", " + weight.toPlainString() + ")"
                : "B/A×分值 = " + product;
    }

    public static String rateFormula(BigDecimal budget, BigDecimal executed) {
        return "B/A×100 = " + executed.toPlainString() + "/" + budget.toPlainString() + "×100";
    }
}
