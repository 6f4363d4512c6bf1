package ziping.rules.report;

import ziping.testing.Seeds;
import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.parse.report.ReportParser;
import ziping.rules.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every report message exists in Chinese and English and fills all its arguments. */
class ReportMessagesTest {
    private static PropertyResourceBundle bundle(String file) throws IOException {
        try (InputStream in = ReportMessagesTest.class.getResourceAsStream("/ziping/" + file)) {
            return new PropertyResourceBundle(in);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(bundle("messages_report.properties").keySet());
        Set<String> en = new TreeSet<>(bundle("messages_report_en.properties").keySet());
        assertEquals(zh, en);
        assertEquals(15, zh.size());
    }

    @Test
    void findingsRenderWithEveryArgumentFilled() throws IOException {
        List<Finding> findings = new ArrayList<>(new ReportAuditor(Profile.DEFAULT)
                .audit(ReportParser.parse(Seeds.text(Seeds.S002))).findings());
        findings.addAll(new ReportAuditor(Profile.DEFAULT).audit(ReportParser.parse(
                Seeds.withLine(Seeds.S002, 623, "评价等级 0 良好"))).findings());
        for (String file : List.of("messages_report.properties", "messages_report_en.properties")) {
            PropertyResourceBundle messages = bundle(file);
            for (Finding f : findings) {
                String text = MessageFormat.format(messages.getString(f.message().key()),
                        f.message().args().toArray());
                assertFalse(text.matches(".*\\{\\d}.*"), file + ": " + text);
            }
        }
    }
}
