package ziping.rules;

import org.junit.jupiter.api.Test;
import ziping.model.Message;

import java.util.Locale;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageBundlesTest {
    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() {
        assertEquals(MessageBundles.bundle(Locale.ROOT).keySet(), MessageBundles.bundle(Locale.ENGLISH).keySet());
    }

    @Test
    void messagesRenderInBothLanguages() {
        Message m = Message.of("rule.ZP102", "9.98", "[9.9947, 9.9954]");
        assertEquals("年度资金总额得分填报为9.98，按执行率×分值计算应为[9.9947, 9.9954]。",
                MessageBundles.render(m, Locale.ROOT));
        assertEquals("Execution score is stated as 9.98; rate x weight gives [9.9947, 9.9954].",
                MessageBundles.render(m, Locale.ENGLISH));
    }

    @Test
    void anUnknownKeyIsMissing() {
        assertThrows(MissingResourceException.class,
                () -> MessageBundles.render(Message.of("rule.ZP999"), Locale.ROOT));
    }
}
