package ziping.source.pdf;

/**
 * A page whose content goes over one of {@link PageCollector}'s limits (glyphs, rulings, form XObjects nested or
 * drawn), or whose reading was interrupted. Unchecked, since PDFBox swallows checked exceptions thrown while it
 * draws a form XObject.
 */
final class PageLimitException extends RuntimeException {
    PageLimitException(String message) {
        super(message, null, false, false);
    }
}
