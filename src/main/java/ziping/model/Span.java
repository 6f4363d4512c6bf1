package ziping.model;

/** Where a value came from: 1-based inclusive line range in the (normalised) source text, and the page when known. */
public record Span(int firstLine, int lastLine, Integer page) {
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
