package ziping.model.report;

import ziping.model.Span;

/** A piece of text read from the document (a name, a year, a grade), with where it was found. */
public record TextValue(String text, Span span) {
}
