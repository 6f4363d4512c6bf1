package ziping.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ziping.model.Message;

/**
 * The rules that can report on an indicator row in doubt (ZP201–ZP204: they read only its numbers, or cells read on
 * one line) quote the row's name as {0}; each of their messages has a {@code .row} variant, in both languages, that
 * takes the row number there and the same other arguments.
 */
class DoubtfulNamesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyMessageOfARuleThatReportsOnRowsInDoubtHasARowVariant() {
        List<String> keys = new ArrayList<>();
        for (String key : Collections.list(MessageBundles.bundle(Locale.ROOT).getKeys())) {
            if (key.matches("rule\\.ZP20[1-4](\\..+)?") && !key.endsWith(DoubtfulNames.ROW_VARIANT)) {
                keys.add(key);
            }
        }
        Collections.sort(keys);
        assertEquals(List.of("rule.ZP201", "rule.ZP201.band", "rule.ZP202", "rule.ZP203.noReason", "rule.ZP203.reason",
                "rule.ZP203.reasonUnread", "rule.ZP204"), keys);
        for (String key : keys) {
            for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
                String pattern = MessageBundles.bundle(locale).getString(key);
                String variant = MessageBundles.bundle(locale).getString(key + DoubtfulNames.ROW_VARIANT);
                assertTrue(pattern.contains("{0}"), key);
                assertEquals(placeholders(pattern), placeholders(variant), key + " in " + locale);
                String rendered = MessageBundles.render(new Message(key + DoubtfulNames.ROW_VARIANT,
                        List.of("7", "a", "b", "c", "d")), locale);
                assertTrue(rendered.contains(locale == Locale.ROOT ? "第7行" : "row 7"), rendered);
            }
        }
    }

    private static List<String> placeholders(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        Collections.sort(found);
        return found;
    }
}
