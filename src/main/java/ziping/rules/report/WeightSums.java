package ziping.rules.report;

import ziping.model.Figure;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.ScoringGroup;
import ziping.rules.Interval;

import java.util.List;
import java.util.function.Function;

/** Sums over the scoring table's rows, and where a group's rows start in the table (the finding's row index). */
final class WeightSums {
    private WeightSums() {
    }

    /** The interval sum of one printed figure per item; null when some item does not print a number there. */
    static <T> Interval sum(ReportAudit audit, List<T> items, Function<T, Figure> figure) {
        List<Interval> parts = items.stream().map(figure).map(audit::printed).toList();
        return parts.contains(null) ? null : Sums.of(parts);
    }

    static Interval weights(ReportAudit audit, List<ScoredIndicator> rows) {
        return sum(audit, rows, ScoredIndicator::weight);
    }

    /** The 0-based index, over the whole table, of the first row of group {@code g}. */
    static int firstRow(List<ScoringGroup> groups, int g) {
        return groups.subList(0, g).stream().mapToInt(x -> x.indicators().size()).sum();
    }
}
