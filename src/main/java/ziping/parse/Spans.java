package ziping.parse;

import ziping.model.Span;
import ziping.source.SourceText;

/** Makes spans of source lines with the page of their first line (PDF input; null for plain text). */
record Spans(SourceText text) {
    Span of(int firstLine, int lastLine) {
        return new Span(firstLine, lastLine, text.pageOf(firstLine));
    }
}
