package ziping.source;

/** An input that cannot be read at all; the message says why, for the file's error field. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
