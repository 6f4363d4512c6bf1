package ziping.source.pdf;

/**
 * A page whose content goes over one of the reader's limits ({@link PageCollector}: glyphs, rulings, content size,
 * form XObjects nested or drawn; {@link TableGrid}: boxes), or whose reading was interrupted. Unchecked, since PDFBox
 * swallows checked exceptions thrown while it draws a form XObject.
 */
final class PageLimitException extends RuntimeException {
    static final String INTERRUPTED = "interrupted: time budget exceeded";

    PageLimitException(String message) {
        super(message, null, false, false);
    }

    /** Stops the reading when the thread was interrupted (its time budget ran out). */
    static void checkInterrupt() {
        if (Thread.currentThread().isInterrupted()) {
            throw new PageLimitException(INTERRUPTED);
        }
    }
}
