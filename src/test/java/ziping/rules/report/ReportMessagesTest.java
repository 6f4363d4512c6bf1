package ziping.rules.report;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.parse.report.ReportParser;
import ziping.rules.MessageBundles;
import ziping.rules.Profile;
import ziping.testing.Seeds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Every report finding renders in Chinese and English with all its arguments filled. */
class ReportMessagesTest {

    @Test
    void findingsRenderWithEveryArgumentFilled() throws IOException {
        List<Finding> findings = new ArrayList<>(new ReportAuditor(Profile.DEFAULT)
                .audit(ReportParser.parse(Seeds.text(Seeds.S002))).findings());
        findings.addAll(new ReportAuditor(Profile.DEFAULT).audit(ReportParser.parse(
                Seeds.withLine(Seeds.S002, 623, "评价等级 0 良好"))).findings());
        findings.forEach(f -> MessageBundles.assertRenders(f.message()));
    }
}
