package ziping.rules.report;

import ziping.rules.Interval;

import java.math.BigDecimal;
import java.util.List;

/** Sums of printed figures as intervals. */
final class Sums {
    private Sums() {
    }

    static Interval of(List<Interval> parts) {
        return parts.stream().reduce(Interval.exact(BigDecimal.ZERO), Interval::plus);
    }
}
