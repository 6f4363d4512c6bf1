package ziping.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A closed interval of exact values, as in XBRL Calculations 1.1: a printed number with d decimals stands for
 * every value that prints the same, and formulas carry these intervals through, so a stated figure is wrong
 * only if its own interval does not meet the computed one.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {

    static final MathContext MC = MathContext.DECIMAL64;
    /** 10^-s and 5·10^-(s+1) for the scales printed figures have, made once: every printed figure needs them. */
    private static final int COMMON_SCALES = 8;
    private static final BigDecimal[] UNITS = new BigDecimal[COMMON_SCALES];
    private static final BigDecimal[] HALVES = new BigDecimal[COMMON_SCALES];

    static {
        for (int s = 0; s < COMMON_SCALES; s++) {
            UNITS[s] = BigDecimal.valueOf(1, s);
            HALVES[s] = BigDecimal.valueOf(5, s + 1);
        }
    }

    private static BigDecimal unit(int scale) {
        return scale >= 0 && scale < COMMON_SCALES ? UNITS[scale] : BigDecimal.valueOf(1, scale);
    }

    private static BigDecimal half(int scale) {
        return scale >= 0 && scale < COMMON_SCALES ? HALVES[scale] : BigDecimal.valueOf(5, scale + 1);
    }

    public static Interval exact(BigDecimal v) {
        return new Interval(v, v);
    }

    /** The values that print as {@code printed} at its own scale under the given rounding. */
    public static Interval printed(BigDecimal printed, Rounding rounding) {
        BigDecimal unit = unit(printed.scale());
        return switch (rounding) {
            case NEAREST -> {
                BigDecimal half = half(printed.scale());
                yield new Interval(printed.subtract(half), printed.add(half));
            }
            case TRUNCATE -> printed.signum() >= 0
                    ? new Interval(printed, printed.add(unit))
                    : new Interval(printed.subtract(unit), printed);
        };
    }

    public Interval plus(Interval o) {
        return new Interval(lo.add(o.lo), hi.add(o.hi));
    }

    public Interval minus(Interval o) {
        return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
    }

    public Interval times(Interval o) {
        BigDecimal a = lo.multiply(o.lo), b = lo.multiply(o.hi), c = hi.multiply(o.lo), d = hi.multiply(o.hi);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    public Interval times(BigDecimal k) {
        return times(exact(k));
    }

    /** Division; null when the divisor interval contains zero (the quotient is unbounded). */
    public Interval dividedBy(Interval o) {
        if (o.lo.signum() <= 0 && o.hi.signum() >= 0) {
            return null;
        }
        BigDecimal a = lo.divide(o.lo, MC), b = lo.divide(o.hi, MC), c = hi.divide(o.lo, MC), d = hi.divide(o.hi, MC);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    /** min(this, cap) taken pointwise. */
    public Interval cappedAt(BigDecimal cap) {
        return new Interval(lo.min(cap), hi.min(cap));
    }

    /** max(this, floor) taken pointwise. */
    public Interval flooredAt(BigDecimal floor) {
        return new Interval(lo.max(floor), hi.max(floor));
    }

    public boolean meets(Interval o) {
        return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
    }

    public boolean contains(BigDecimal v) {
        return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
    }

    public boolean isPoint() {
        return lo.compareTo(hi) == 0;
    }

    /** The midpoint, the value shown as "computed" next to the interval. */
    public BigDecimal mid() {
        return lo.add(hi).divide(BigDecimal.valueOf(2), MC);
    }

    /** "[9.9948, 9.9953]" at the given scale (rounded outward), or a single value for a point interval. */
    public String format(int scale) {
        if (isPoint()) {
            return plain(lo.setScale(scale, RoundingMode.HALF_UP));
        }
        return "[" + plain(lo.setScale(scale, RoundingMode.FLOOR)) + ", "
                + plain(hi.setScale(scale, RoundingMode.CEILING)) + "]";
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
