package ziping.report;

import org.junit.jupiter.api.Test;
import ziping.model.Message;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void rendersChineseBaseAndEnglishWithArguments() {
        Message m = Message.of("report.document", 2, "应急管理");
        assertEquals("表 2：应急管理", Messages.render(m, Lang.ZH));
        assertEquals("form 2: 应急管理", Messages.render(m, Lang.EN));
    }

    @Test
    void chineseDoesNotFallBackToTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            assertEquals("无法读取", Messages.render(Message.of("report.status.unreadable"), Lang.ZH));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAreNotReinterpretedAsPatterns() {
        Message m = Message.of("report.document", "{1}", "$1 it's");
        assertEquals("form {1}: $1 it's", Messages.render(m, Lang.EN));
    }

    @Test
    void unknownKeyRendersAsTheKey() {
        assertEquals("ZP999.unknown", Messages.render(Message.of("ZP999.unknown", 1), Lang.EN));
    }
}
