package ziping.rules;

import ziping.model.Message;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Renders finding messages through the real bundles, so a test fails when a key or placeholder is missing. */
public final class MessageBundles {
    private static final String BASE = "ziping.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageBundles() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BASE, locale, NO_FALLBACK);
    }

    /** The message in the given language; throws MissingResourceException for an unknown key. */
    public static String render(Message message, Locale locale) {
        String pattern = bundle(locale).getString(message.key());
        return new MessageFormat(pattern, locale).format(message.args().toArray());
    }

    /** Renders in Chinese and English and fails when an argument placeholder stayed unfilled. */
    public static void assertRenders(Message message) {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
            String text = render(message, locale);
            assertFalse(text.matches(".*\\{\\d+}.*"), () -> "unfilled placeholder in " + text);
        }
    }
}
