package ziping.parse.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parsed model of seed 002, field by field, against the reviewed golden JSON. */
class ReportParserGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/002.report.json");

    @Test
    void parsedReportMatchesGolden() throws IOException {
        ParsedReport parsed = ReportParser.parse(Seed002.text());
        assertEquals(Optional.empty(), ReportGolden.firstDifference(GOLDEN, parsed.report()));
    }
}
