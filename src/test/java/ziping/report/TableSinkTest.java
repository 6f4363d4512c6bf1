package ziping.report;

import org.junit.jupiter.api.Test;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.api.Ziping;
import ziping.text.DisplayWidth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableSinkTest {

    private static String table(SinkOptions options, List<FileResult> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSink sink = Format.TABLE.open(out, StandardCharsets.UTF_8, options);
        sink.begin();
        for (FileResult r : results) {
            sink.accept(r);
        }
        sink.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<FileResult> samples() throws IOException {
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        List<FileResult> results = new ArrayList<>();
        for (Path p : Ziping.expand(List.of("samples"))) {
            results.add(ziping.check(p));
        }
        return results;
    }

    @Test
    void at80ColumnsEveryLineFitsAndMessagesWrapInTheirColumn() throws IOException {
        for (Lang lang : Lang.values()) {
            String text = table(new SinkOptions(lang, false, 80, false, false), samples());
            for (String line : text.lines().toList()) {
                assertTrue(DisplayWidth.of(line) <= 80, lang + ": " + DisplayWidth.of(line) + " " + line);
            }
        }
        List<String> zh = table(new SinkOptions(Lang.ZH, false, 80, false, false), samples()).lines().toList();
        int row = zh.indexOf("    提示  ZP205  指标 11  硬件采…   第119行  指标“硬件采购数量”年度指标值≥2个带");
        assertTrue(row > 0, String.join("\n", zh));
        assertEquals("                                             有单位，实际完成值11未写单位（或相", zh.get(row + 1));
        assertEquals("                                             反）。", zh.get(row + 2));
    }

    @Test
    void rowsCountFromOneAndAPdfFindingNamesItsPage() throws IOException {
        String text = table(SinkOptions.of(Lang.EN), List.of(SampleResults.ok()));
        String line = text.lines().filter(l -> l.contains("ZP103")).findFirst().orElseThrow();
        assertTrue(line.contains("indicator 1  "), line);
        assertTrue(line.contains("page 2"), line);
        assertFalse(line.contains("30"), "no internal line numbers for a PDF: " + line);
    }

    @Test
    void cleanFilesAreHiddenUnlessAskedAndTheEndCountsEachRule() throws IOException {
        FormResult form = SampleResults.form();
        FileResult clean = new FileResult("clean.txt", FileStatus.OK, null,
                List.<DocumentResult>of(form.withFindings(List.of())));
        List<FileResult> batch = List.of(SampleResults.ok(), clean);

        String hidden = table(new SinkOptions(Lang.EN, false, 0, false, false), batch);
        assertFalse(hidden.contains("clean.txt"), hidden);
        List<String> lines = hidden.lines().toList();
        assertEquals("by rule: ZP103 1  ZP201 1", lines.get(lines.size() - 1));
        assertTrue(table(SinkOptions.of(Lang.EN), batch).contains("clean.txt  [ok]"));
    }

    @Test
    void severitiesAreColouredOnlyWhenAsked() throws IOException {
        String plain = table(SinkOptions.of(Lang.EN), List.of(SampleResults.ok()));
        String colour = table(new SinkOptions(Lang.EN, false, 0, true, true), List.of(SampleResults.ok()));
        assertFalse(plain.contains("\033["));
        assertTrue(colour.contains("    \033[1;31merror\033[0m     ZP103"), colour);
        assertTrue(colour.contains("    \033[33mwarning\033[0m   ZP201"), colour);
    }

    @Test
    void statisticsCountEachRuleMostFrequentFirst() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsSink sink = new StatisticsSink(out, StandardCharsets.UTF_8, Lang.EN);
        sink.begin();
        for (FileResult r : samples()) {
            sink.accept(r);
        }
        sink.end();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("16  ZP203  met_but_deducted   the target was met by the numbers but 得分 < 分值", lines.get(0));
        assertEquals(" 1  ZP491  parse              report values or text that cannot be placed in any cell",
                lines.get(9));
        assertEquals("files: 4 (4 ok, 0 without a form, 0 unreadable); documents: 17; findings: 39 (errors 0,"
                + " warnings 33, info 6)", lines.get(10));
    }
}
