package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Span;
import ziping.model.report.FundingColumn;
import ziping.model.report.FundingTableRow;
import ziping.model.report.LineFormula;
import ziping.model.report.SelfEvalReport;
import ziping.model.report.TextValue;
import ziping.parse.report.ReportParser;
import ziping.testing.Golden;
import ziping.testing.Seeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written report JSON says exactly what Jackson's serialisation of the report records says. */
class ReportJsonTest {
    private static String written(SelfEvalReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new ResultJson(Lang.ZH).generator(out)) {
            g.writeStartObject();
            ReportJson.fields(g, report);
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedReportIsWrittenAsItsRecords() throws IOException {
        SelfEvalReport report = ReportParser.parse(Seeds.text(Seeds.S002)).report();

        Golden.assertSameTree(Golden.tree(report), Golden.parse(written(report)));
    }

    @Test
    void aFormulaRowAndAbsentTablesAreWrittenAsTheirRecords() throws IOException {
        Map<FundingColumn, Figure> cells = new EnumMap<>(FundingColumn.class);
        cells.put(FundingColumn.TOTAL, Figure.number("120.50", new BigDecimal("120.50"), null));
        cells.put(FundingColumn.CITY, Figure.of("-", FigureKind.NOT_APPLICABLE));
        FundingTableRow row = new FundingTableRow("1.资金总额", 1, new LineFormula("1=2+5", 1, 2, '+', 5), "万元",
                cells, List.of(Figure.number("3", new BigDecimal("3"), null)), new Span(10, 11, 2));
        SelfEvalReport report = new SelfEvalReport(new TextValue("某项目", Span.lines(3, 3)), null, List.of(row),
                null, null, null);

        String json = written(report);

        Golden.assertSameTree(Golden.tree(report), Golden.parse(json));
        assertEquals("{\"project\":{\"text\":\"某项目\",\"span\":{\"first\":3,\"last\":3,\"page\":null}},\"year\":null,"
                + "\"funding\":[{\"label\":\"1.资金总额\",\"line\":1,\"formula\":{\"raw\":\"1=2+5\",\"result\":1,"
                + "\"left\":2,\"operator\":\"+\",\"right\":5},\"unit\":\"万元\",\"cells\":{\"TOTAL\":{\"raw\":\"120.50\","
                + "\"value\":120.50,\"unit\":null,\"kind\":\"number\"},\"CITY\":{\"raw\":\"-\",\"value\":null,"
                + "\"unit\":null,\"kind\":\"not_applicable\"}},\"unplaced\":[{\"raw\":\"3\",\"value\":3,\"unit\":null,"
                + "\"kind\":\"number\"}],\"span\":{\"first\":10,\"last\":11,\"page\":2}}],\"spending\":null,"
                + "\"scoring\":null,\"prose\":null}", json);
    }
}
