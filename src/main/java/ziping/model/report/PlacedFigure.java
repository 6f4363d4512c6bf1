package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Span;

/** A number printed on its own whose table column could not be determined, with where it was found. */
public record PlacedFigure(Figure figure, Span span) {
}
