package ziping.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where a value came from: 1-based inclusive line range in the (normalised) source text, and the page when known. */
@JsonPropertyOrder({"first", "last", "page"})
public record Span(@JsonProperty("first") int firstLine, @JsonProperty("last") int lastLine, Integer page) {
    public static Span lines(int first, int last) {
        return new Span(first, last, null);
    }

    public Span to(Span other) {
        if (other == null) {
            return this;
        }
        Integer p = page != null ? page : other.page;
        return new Span(Math.min(firstLine, other.firstLine), Math.max(lastLine, other.lastLine), p);
    }
}
