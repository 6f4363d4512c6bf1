package ziping.report;

import ziping.model.Message;

import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link Message} from the bundle {@code ziping.messages} (base = Chinese, {@code _en} = English).
 * Patterns use {@code {0}}, {@code {1}} … for the arguments, replaced literally (no MessageFormat quoting rules);
 * an unknown key renders as the key itself.
 */
public final class Messages {
    private static final String BUNDLE = "ziping.messages";
    /** Chinese is the base bundle: never let the default locale's bundle stand in for it. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private Messages() {
    }

    public static String render(Message message, Lang lang) {
        String pattern = pattern(message.key(), lang);
        if (pattern == null) {
            return message.key();
        }
        List<String> args = message.args();
        return PLACEHOLDER.matcher(pattern).replaceAll(m -> {
            int i = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(i < args.size() ? args.get(i) : m.group());
        });
    }

    /** A message without arguments, such as a table heading. */
    public static String text(String key, Lang lang) {
        return render(new Message(key, List.of()), lang);
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
