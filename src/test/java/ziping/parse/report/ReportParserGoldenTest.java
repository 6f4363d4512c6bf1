package ziping.parse.report;

import org.junit.jupiter.api.Test;
import ziping.testing.Golden;
import ziping.testing.Seeds;

import java.io.IOException;

/** The parsed model of seed 002, field by field, against the reviewed golden JSON. */
class ReportParserGoldenTest {

    @Test
    void parsedReportMatchesGolden() throws IOException {
        Golden.assertMatches("002.report.json", ReportParser.parse(Seeds.text(Seeds.S002)).report());
    }
}
