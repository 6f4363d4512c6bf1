package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Severity;
import ziping.result.FileResult;
import ziping.result.FormResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chromium's PDFs read by pdfminer {@code -M 40 -F disabled} (src/test/resources/gen/recall, copied by
 * src/test/fixtures/recall/copy_fixtures.py): a browser draws a space in an empty cell, so a row's line that ends
 * {@code 15小时 8.0 5.33  } shows its 偏差原因 cell empty next to its actual, 分值 and 得分. The reason is then read for
 * sure (and the missing-reason check runs) even where the row's other text, or a neighbour's, is in doubt (ZP007); the
 * same line without those spaces keeps the doubt. Likewise a row whose line holds its target, actual, 分值 and 得分
 * ({@code ≥95% 53% 6.00 2.76}) has those read for sure, so the score check runs on it; one whose target wrapped off
 * its line does not.
 */
class CellsOnLineTest {
    private static final Path ROOT = Path.of("src/test/resources/gen/recall/text/chromium-pdfminer-m40");
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    /** 120517-f056's row 2 is in doubt (its name's lines tie with its neighbours'), its line prints the empty reason. */
    @Test
    void aRowInDoubtWhoseLineShowsItsReasonEmptyIsChecked() throws IOException {
        FormResult read = read(text("120517-f056"));
        Indicator row = read.form().indicators().get(2);
        assertEquals(List.of("15小时", "8.0", "5.33", ""),
                List.of(row.actual().raw(), row.weight().raw(), row.score().raw(), row.reason()));
        assertTrue(row.reasonOnLine());
        assertTrue(rows(read, "ZP007").contains(2), rows(read, "ZP007").toString());
        assertEquals(List.of(2), rows(read, "ZP204"));
        assertEquals(List.of(), errors(read));
    }

    /**
     * The same text with the row's line cut of its trailing spaces: nothing shows the reason empty, and a division of
     * the row's text that ties puts a line of the name there, so the doubt stays and no check reads the row.
     */
    @Test
    void withoutTheEmptyCellsSpacesTheRowStaysInDoubt() throws IOException {
        String text = text("120517-f056");
        String line = "15\u2f29\u65f6 8.0 5.33  \n";
        assertTrue(text.contains(line));
        FormResult read = read(text.replace(line, "15\u2f29\u65f6 8.0 5.33\n"));
        Indicator row = read.form().indicators().get(2);
        assertEquals(List.of("15小时", "8.0", "5.33", "级测试培训准确率"),
                List.of(row.actual().raw(), row.weight().raw(), row.score().raw(), row.reason()));
        assertFalse(row.reasonOnLine());
        assertTrue(rows(read, "ZP007").contains(2), rows(read, "ZP007").toString());
        assertEquals(List.of(), rows(read, "ZP204"));
    }

    /**
     * 113029-f056's row 1 is read for sure but its neighbour, row 2, is in doubt (ZP007), which leaves row 1 out of the
     * row-by-row checks; its line {@code 365册 303册 10.0 8.30  } shows its reason empty, so its missing reason is found.
     */
    @Test
    void aRowNextToARowInDoubtWhoseLineShowsItsReasonEmptyIsChecked() throws IOException {
        FormResult read = read(text("113029-f056"));
        Indicator row = read.form().indicators().get(1);
        assertEquals(List.of("二级、三级安全等级测试数据接入个数", "365册", "303册", "10.0", "8.30", ""),
                List.of(row.name(), row.target().raw(), row.actual().raw(), row.weight().raw(), row.score().raw(),
                        row.reason()));
        assertTrue(row.reasonOnLine());
        assertTrue(rows(read, "ZP007").contains(2), rows(read, "ZP007").toString());
        assertEquals(List.of(1), rows(read, "ZP204"));
        assertEquals(List.of(), errors(read));
    }

    /**
     * 92413-f031 prints the funding block's vertical label and the wrapped 其中：当年财政拨 / 款 as one box (项 / 目 / 资 /
     * 其中：当年财政拨 / 金 / 款 / （元））: the row is 其中：当年财政拨款 (it was read as 项目资其中：当年财政拨金款（元）, no 财政拨款
     * part, so the execution checks did not run and the injected ZP102 was missed).
     */
    @Test
    void aBlockLabelPrintedAmongAWrappedRowLabelsLinesIsLeftOut() throws IOException {
        FormResult read = read(text("92413-f031"));
        FundingRow row = read.form().funding().get(1);
        assertEquals(List.of("当年财政拨款", "26019177.18", "28438601.69", "27185909.86", "", "95.60%", ""),
                List.of(row.label(), row.initialBudget().raw(), row.budget().raw(), row.executed().raw(),
                        row.weight().raw(), row.rate().raw(), row.score().raw()));
        assertEquals(FundingRole.CURRENT, row.role());
        assertEquals(List.of("ZP102"), errors(read));
    }

    /** 63011-f003's row 7 is in doubt (its reason's lines tie with the labels'), its line holds its four values. */
    @Test
    void aRowInDoubtWhoseLineHoldsItsTargetActualAndNumbersIsScored() throws IOException {
        FormResult read = read(text("63011-f003"));
        Indicator row = read.form().indicators().get(7);
        assertEquals(List.of("本区危险源排查使用人员满意度", "≥95%", "53%", "6.00", "2.76"),
                List.of(row.name(), row.target().raw(), row.actual().raw(), row.weight().raw(), row.score().raw()));
        assertTrue(row.valuesOnLine());
        assertFalse(row.reasonOnLine());
        assertEquals(List.of(2, 3, 4, 5, 7, 8, 9), rows(read, "ZP007"));
        Finding score = read.findings().stream().filter(f -> "ZP201".equals(f.rule())).findFirst().orElseThrow();
        assertEquals(List.of(7, "2.76", "[3.3157, 3.3790]"), List.of(score.row(), score.stated(), score.computed()));
        assertEquals(List.of("ZP201"), errors(read));
    }

    /**
     * 58231-f053's row 8 prints {@code 91.3万元 12.00 8.15} on its line, its target {@code ≤81.9万元} wrapped off it: the
     * target is not read for sure, the row stays in doubt and its score is not checked.
     */
    @Test
    void aRowInDoubtWhoseTargetWrappedOffItsLineIsNotScored() throws IOException {
        FormResult read = read(text("58231-f053"));
        Indicator row = read.form().indicators().get(8);
        assertEquals(List.of("91.3万元", "12.00", "8.15"),
                List.of(row.actual().raw(), row.weight().raw(), row.score().raw()));
        assertFalse(row.valuesOnLine());
        assertEquals(List.of(5, 6, 7, 8, 9), rows(read, "ZP007"));
        assertEquals(List.of(), errors(read));
    }

    /**
     * 37719-f028's 其中：当年财政拨款 row prints {@code 22297818.92} on one line and {@code 22297818.} / {@code 92},
     * {@code 20181894.} / {@code 68} wrapped: the order does not tell which column the one-line amount stands in, the
     * widths do (the 总额 row above printed as wide an amount on one line under 年初预算数 and wrapped them under the
     * others). The row was in doubt, which stopped the weight sum (ZP301).
     */
    @Test
    void aFundingAmountsWidthTellsItsColumn() throws IOException {
        FormResult read = read(text("37719-f028"));
        FundingRow row = read.form().funding().get(1);
        assertEquals(List.of("当年财政拨款", "22297818.92", "22297818.92", "20181894.68", "", "90.51%", ""),
                List.of(row.label(), row.initialBudget().raw(), row.budget().raw(), row.executed().raw(),
                        row.weight().raw(), row.rate().raw(), row.score().raw()));
        assertEquals(List.of("ZP301"), errors(read));
    }

    /**
     * 5151-f025's row 12 is in doubt, its line {@code ≥99% 100% 4 3.30} holds its four values: the target met and
     * points deducted are found (ZP203), the message saying nothing of a reason the line does not show, and naming the
     * row by its number (13, counted from 1), not by the name read there, which may be another row's text.
     */
    @Test
    void aMetTargetDeductedOnARowInDoubtIsFoundWithoutSayingWhetherAReasonIsGiven() throws IOException {
        FormResult read = read(text("5151-f025"));
        Indicator row = read.form().indicators().get(12);
        assertEquals(List.of("≥99%", "100%", "4", "3.30"),
                List.of(row.target().raw(), row.actual().raw(), row.weight().raw(), row.score().raw()));
        assertTrue(row.valuesOnLine());
        assertTrue(rows(read, "ZP007").contains(12), rows(read, "ZP007").toString());
        Finding met = read.findings().stream().filter(f -> "ZP203".equals(f.rule())).findFirst().orElseThrow();
        assertEquals(List.of(12, "3.30", "4", "rule.ZP203.reasonUnread.row", "13"),
                List.of(met.row(), met.stated(), met.computed(), met.message().key(), met.message().args().get(0)));
        assertNull(met.label());
        assertEquals(List.of(), errors(read));
    }

    /**
     * 918878-f037's row 8 is read for sure, its line {@code 采购成本 ≤401万元 2122000元 13 13} holding its target, actual,
     * 分值 and 得分, but its neighbour, row 7, is in doubt (ZP007): the checks that read only those four cells run on it,
     * so the units that differ (万元 against 元) are found (ZP205; it had been left out as the neighbour of a doubt). With
     * the target wrapped off the line ({@code ≤401万} / {@code 元}) the row's own text is in doubt, the line's first cell
     * (采购成本) may be its name or its target, so its values are not read for sure and no check reads them.
     */
    @Test
    void aRowNextToARowInDoubtWhoseLineHoldsItsFourValuesIsChecked() throws IOException {
        String text = text("918878-f037");
        FormResult read = read(text);
        Indicator row = read.form().indicators().get(8);
        assertEquals(List.of("采购成本", "≤401万元", "2122000元", "13", "13"),
                List.of(row.name(), row.target().raw(), row.actual().raw(), row.weight().raw(), row.score().raw()));
        assertTrue(row.valuesOnLine());
        assertEquals(List.of(3, 4, 6, 7), rows(read, "ZP007"));
        assertEquals(List.of(8), rows(read, "ZP205"));
        assertEquals(List.of(), errors(read));

        String line = "采购成本 ≤401万元 2122000元 13 13  \n";
        assertTrue(text.contains(line));
        FormResult off = read(text.replace(line, "采购成本 2122000元 13 13  \n\n≤401万\n元\n"));
        assertFalse(off.form().indicators().get(8).valuesOnLine());
        assertEquals(List.of(), rows(off, "ZP205"));
    }

    private static String text(String file) throws IOException {
        return Files.readString(ROOT.resolve(file + ".txt"));
    }

    private static FormResult read(String text) {
        FileResult result = ZIPING.check("form.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, result.forms().size());
        return (FormResult) result.forms().get(0);
    }

    private static List<Integer> rows(FormResult read, String rule) {
        return read.findings().stream().filter(f -> rule.equals(f.rule()) && f.row() != null).map(Finding::row)
                .toList();
    }

    private static List<String> errors(FormResult read) {
        return read.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::rule).toList();
    }
}
