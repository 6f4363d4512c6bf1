package ziping.parse.report;

import ziping.testing.Seeds;
import org.junit.jupiter.api.Test;
import ziping.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recognising a report, and what the parser reports when parts are missing. */
class ReportParserTest {
    private static SourceText of(String... lines) {
        return new SourceText("t", List.of(lines), List.of(lines), List.of());
    }

    @Test
    void seed002IsAReportAndAFormIsNot() throws IOException {
        assertTrue(ReportParser.looksLikeReport(Seeds.text(Seeds.S002)));
        List<String> form = Files.readAllLines(Path.of("samples", "000_abdcfc8520cbd6f1.txt"), StandardCharsets.UTF_8);
        assertFalse(ReportParser.looksLikeReport(new SourceText("f", form, form, List.of())));
        assertFalse(ReportParser.looksLikeReport(of("一、项目的基本情况", "附表 1")));
    }

    @Test
    void missingPartsAreReported() {
        ParsedReport parsed = ReportParser.parse(of("1. 资金安排情况", "总得分 85.5分，属于“良好”。"));
        assertEquals(List.of("ZP492 funding", "ZP492 spending", "ZP492 scoring"),
                parsed.problems().stream().map(f -> f.rule() + " " + f.section().id()).toList());
        assertEquals("85.5", parsed.report().prose().score().raw());
        assertEquals("良好", parsed.report().prose().grade());
    }

    @Test
    void aFullFundingRowIsPlacedByPositionWithoutFinding() {
        ParsedReport parsed = ReportParser.parse(of("1. 资金安排情况", "项目 行次 合计",
                "资金结余 (5)=(3)-(4) 10 9 1 2 3 3 1 1 0 0"));
        assertEquals("(5)=(3)-(4)", parsed.report().funding().get(0).formula().raw());
        assertEquals("2", parsed.report().funding().get(0).cell(ziping.model.report.FundingColumn.CITY).raw());
        assertTrue(parsed.problems().stream().noneMatch(f -> f.rule().equals("ZP490")));
    }
}
