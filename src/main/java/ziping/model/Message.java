package ziping.model;

import java.util.List;

/**
 * A message by key (see {@code messages*.properties}) with its arguments already formatted, so that it
 * can be rendered in Chinese or English at output time.
 */
public record Message(String key, List<String> args) {
    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
