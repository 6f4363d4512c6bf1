package ziping.report;

import ziping.model.Message;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

    public static String render(Message message, Lang lang) {
        String pattern = pattern(message.key(), lang);
        if (pattern == null) {
            return message.key();
        }
        return new MessageFormat(pattern, lang.locale()).format(message.args().toArray());
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
