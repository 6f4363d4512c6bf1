package ziping.source;

/** Turns the bytes of a text file into a {@link SourceText}: encoding detection, line endings, normalisation. */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** @throws UnreadableInputException when the bytes are not text (binary, empty). */
    public static SourceText decode(String path, byte[] bytes) throws UnreadableInputException {
        throw new UnsupportedOperationException("not yet");
    }
}
