package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Span;

/**
 * A weight printed on its own inside a 一级指标 group (the merged cell of a sub-group, e.g. 5.46 over three rows of
 * 1.82): it covers {@code count} indicators of the group from index {@code first}, i.e. the rows printed after it up
 * to the next such weight or the group's end.
 */
public record Subtotal(Figure weight, int first, int count, Span span) {
}
