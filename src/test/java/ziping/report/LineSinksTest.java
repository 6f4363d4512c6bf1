package ziping.report;

import ziping.text.DisplayWidth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineSinksTest {

    @Test
    void jsonlWritesOneCompactFileObjectPerLine() throws IOException {
        String text = SinkRun.write(Format.JSONL, Lang.ZH, SampleResults.batch());
        String[] lines = text.split("\n");

        assertEquals(3, lines.length);
        assertTrue(text.endsWith("\n"));
        ObjectMapper mapper = new ObjectMapper();
        assertEquals("samples/000.txt", mapper.readTree(lines[0]).get("path").asText());
        assertEquals("ZP103", mapper.readTree(lines[0]).get("forms").get(0).get("findings").get(0).get("rule")
                .asText());
        JsonNode unreadable = mapper.readTree(lines[2]);
        assertEquals("unreadable", unreadable.get("status").asText());
        assertTrue(lines[0].contains("\"value\":10.00"), "compact, scale kept");
    }

    @Test
    void csvHasTheDocumentedHeaderAndOneRowPerFindingOrBadFile() throws IOException {
        String text = SinkRun.write(Format.CSV, Lang.EN, SampleResults.batch());
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().build().parse(new java.io.StringReader(text))) {
            assertEquals(List.of("file", "status", "form", "kind", "project", "rule", "check", "severity", "section",
                    "row", "label", "stated", "computed", "formula", "message", "line_first", "line_last", "page"),
                    parser.getHeaderNames());
            rows = parser.getRecords();
        }

        assertEquals(4, rows.size());
        CSVRecord error = rows.get(0);
        assertEquals("samples/000.txt", error.get("file"));
        assertEquals("1", error.get("form"));
        assertEquals("selfeval_form", error.get("kind"));
        assertEquals(SampleResults.PROJECT, error.get("project"));
        assertEquals("ZP103", error.get("rule"));
        assertEquals("indicator_score", error.get("check"));
        assertEquals("error", error.get("severity"));
        assertEquals("9.00", error.get("stated"));
        assertEquals("form 7: 测试", error.get("message"));
        assertEquals("30", error.get("line_first"));
        assertEquals("31", error.get("line_last"));
        assertEquals("2", error.get("page"));
        assertEquals("ZP201", rows.get(1).get("rule"));
        assertEquals("no_form", rows.get(2).get("status"));
        assertEquals("", rows.get(2).get("rule"));
        assertEquals("no form found", rows.get(2).get("message"));
        assertEquals("unreadable", rows.get(3).get("status"));
        assertEquals("binary file, not text", rows.get(3).get("message"));
    }

    @Test
    void tableListsFindingsByRuleAlignedByDisplayWidth() throws IOException {
        String text = SinkRun.write(Format.TABLE, Lang.ZH, SampleResults.batch());
        List<String> lines = text.lines().toList();

        assertTrue(text.contains("ZP103") && text.contains("ZP201"), text);
        assertTrue(text.contains("photo.txt  [无法读取]  二进制文件，不是文本"), text);
        assertTrue(text.contains("notes.txt  [未找到自评表]"), text);
        assertTrue(text.contains("表 1：" + SampleResults.PROJECT), text);
        String heading = lines.stream().filter(l -> l.contains("规则")).findFirst().orElseThrow();
        String first = lines.stream().filter(l -> l.contains("ZP103")).findFirst().orElseThrow();
        String second = lines.stream().filter(l -> l.contains("ZP201")).findFirst().orElseThrow();
        int column = DisplayWidth.of(heading.substring(0, heading.indexOf("计算值")));
        assertEquals(column, DisplayWidth.of(first.substring(0, first.indexOf("10.00"))), "computed aligned");
        assertEquals(DisplayWidth.of(first.substring(0, first.indexOf("第2页"))),
                DisplayWidth.of(second.substring(0, second.indexOf("第2页"))), "pages aligned");
        assertEquals("共 3 个文件（正常 1，未找到自评表 1，无法读取 1），1 张表，2 条发现（错误 1，警告 1，提示 0）",
                lines.get(lines.size() - 2));
        assertEquals("按规则：ZP103 1  ZP201 1", lines.get(lines.size() - 1));
    }

    @Test
    void displayWidthCountsChineseCharactersTwice() {
        assertEquals(4, DisplayWidth.of("ZP10"));
        assertEquals(8, DisplayWidth.of("总分：ab"));
        assertEquals("优  |", DisplayWidth.pad("优", 4) + "|");
        assertEquals("局属各处…", DisplayWidth.truncate("局属各处室、单位", 9));
        assertEquals("GIS平台", DisplayWidth.truncate("GIS平台", 7));
    }
}
