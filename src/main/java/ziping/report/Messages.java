package ziping.report;

import ziping.model.Message;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a {@link Message} from the bundle {@code ziping.messages} (base = Chinese, {@code _en} = English).
 * Patterns are {@link MessageFormat} patterns whose arguments are already formatted strings (write {@code ''} for an
 * apostrophe); an unknown key renders as the key itself.
 */
public final class Messages {
    private static final String BUNDLE = "ziping.messages";
    /** Chinese is the base bundle: never let the default locale's bundle stand in for it. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Parsed patterns by language and key; a {@link MessageFormat} is not thread-safe, so each use clones one. */
    private static final Map<Lang, Map<String, Optional<MessageFormat>>> FORMATS = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            FORMATS.put(lang, new ConcurrentHashMap<>());
        }
    }

    public static String render(Message message, Lang lang) {
        Optional<MessageFormat> format = FORMATS.get(lang).computeIfAbsent(message.key(),
                key -> Optional.ofNullable(pattern(key, lang)).map(p -> new MessageFormat(p, lang.locale())));
        if (format.isEmpty()) {
            return message.key();
        }
        return ((MessageFormat) format.get().clone()).format(message.args().toArray());
    }

    private static String pattern(String key, Lang lang) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
