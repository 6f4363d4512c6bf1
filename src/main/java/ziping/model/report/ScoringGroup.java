package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Span;

import java.util.List;

/** One 一级指标 of the scoring table: its name and weight, the sub-group weights printed inside it, its rows. */
public record ScoringGroup(String name, Figure weight, List<Subtotal> subtotals, List<ScoredIndicator> indicators,
                           Span span) {
}
