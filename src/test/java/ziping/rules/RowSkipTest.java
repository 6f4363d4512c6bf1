package ziping.rules;

import org.junit.jupiter.api.Test;
import ziping.result.FormResult;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Skipped;
import ziping.parse.ParsedForm;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A parse finding on one row stops the row-by-row checks on that row and the rows next to it only; the checks that
 * read a section as a whole (sums, the funding breakdown) stop on the whole form, and so does a parse finding that
 * names no row.
 */
class RowSkipTest {
    private static FormResult audit(TestForm form, Finding... problems) {
        return new Auditor(Profile.DEFAULT).audit(new ParsedForm(form.build(), List.of(problems)));
    }

    private static Finding problem(String rule, Section section, Integer row) {
        return new Finding(rule, Check.PARSE, Severity.WARNING, section, row, null, "", null, null,
                Message.of("parse." + rule), null);
    }

    private static List<String> where(FormResult result) {
        return result.findings().stream().map(f -> f.rule() + " " + f.section().id() + " " + f.row()).toList();
    }

    private static Skipped skipped(FormResult result, String rule) {
        return result.skipped().stream().filter(s -> s.rule().equals(rule)).findFirst().orElse(null);
    }

    /**
     * Five rows, row 2 without a name (ZP003). Row 2 scores 12 of 10 and row 3 keeps its full 10 on a missed target:
     * both would be errors, but row 2 is in doubt and row 3 stands next to it (its name or reason may have gone to
     * row 2). Rows 0 and 4 are read cleanly: row 0's 5 for a computed 9.13–9.24 and row 4's 12 of 10 are found. The weights
     * add up to 60 with the execution's 10, not 100, yet the weight sum does not run: it needs every row.
     */
    private static TestForm fiveRows() {
        return TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "90.00%", "9.00")
                .indicator("产出指标", "质量指标", "合格率", "≥98%", "90%", "10", "5", "验收标准提高")
                .output("完成率", "≥95%", "100%", "10", "10")
                .output("", "≥95%", "100%", "10", "12")
                .indicator("产出指标", "质量指标", "达标率", "≥98%", "90%", "10", "10", "")
                .output("覆盖率", "≥95%", "100%", "10", "12")
                .total("100", "58");
    }

    @Test
    void aDamagedRowIsLeftOutWithItsNeighboursAndTheOtherRowsAreChecked() {
        FormResult result = audit(fiveRows(), problem("ZP003", Section.INDICATOR, 2));

        assertEquals(List.of("ZP003 indicator 2", "ZP201 indicator 0", "ZP202 indicator 4"), where(result));
        assertEquals("[9.13, 9.24]", result.findings().get(1).computed(), "90 / 98 × 10, actual printed as 90 %");
        assertEquals(new Skipped("ZP201", List.of(Section.INDICATOR), List.of("ZP003"),
                Map.of(Section.INDICATOR, List.of(1, 2, 3))), skipped(result, "ZP201"));
        assertEquals(new Skipped("ZP202", List.of(Section.INDICATOR), List.of("ZP003"),
                Map.of(Section.INDICATOR, List.of(1, 2, 3))), skipped(result, "ZP202"));
        assertEquals(new Skipped("ZP301", List.of(Section.INDICATOR), List.of("ZP003")), skipped(result, "ZP301"));
        assertEquals(new Skipped("ZP302", List.of(Section.INDICATOR), List.of("ZP003")), skipped(result, "ZP302"));
        assertNull(skipped(result, "ZP101"), "the funding block was read cleanly");
        assertFalse(result.complete());
    }

    @Test
    void withoutTheDamageEveryErrorIsFound() {
        FormResult result = audit(fiveRows());

        assertEquals(List.of("ZP201 indicator 0", "ZP201 indicator 3", "ZP202 indicator 2", "ZP202 indicator 4",
                "ZP301 total null"), where(result));
    }

    @Test
    void aDamagedFirstRowPutsOnlyTheRowBelowInDoubt() {
        FormResult result = audit(fiveRows(), problem("ZP001", Section.INDICATOR, 0));

        assertEquals(List.of("ZP001 indicator 0", "ZP201 indicator 3", "ZP202 indicator 2", "ZP202 indicator 4"),
                where(result));
        assertEquals(Map.of(Section.INDICATOR, List.of(0, 1)), skipped(result, "ZP201").rows());
    }

    @Test
    void aDamageThatNamesNoRowStopsTheRowChecksOnTheWholeForm() {
        FormResult result = audit(fiveRows(), problem("ZP003", Section.INDICATOR, null));

        assertEquals(List.of("ZP003 indicator null"), where(result));
        assertEquals(new Skipped("ZP201", List.of(Section.INDICATOR), List.of("ZP003")), skipped(result, "ZP201"));
        assertNull(skipped(result, "ZP201").rows());
    }

    @Test
    void aRowlessDamageWinsOverARowDamageOfTheSameSection() {
        FormResult result = audit(fiveRows(), problem("ZP001", Section.INDICATOR, 0),
                problem("ZP002", Section.INDICATOR, null));

        assertEquals(List.of("ZP001 indicator 0", "ZP002 indicator null"), where(result));
        assertEquals(new Skipped("ZP202", List.of(Section.INDICATOR), List.of("ZP001", "ZP002")),
                skipped(result, "ZP202"));
    }

    /**
     * Row 2's text in doubt, its numbers read (ZP007): the row-by-row checks leave out rows 1–3 as for any damaged row,
     * but the sums read only 分值 and 得分 and still run: the weights add up to 60, not 100 (ZP301); so does the score
     * range, which reads only a row's 分值 and 得分: row 2's 12 of 10 is found. The labels' sum (ZP303) reads the rows'
     * labels and stays stopped.
     */
    @Test
    void aRowWhoseTextAloneIsInDoubtStillCountsInTheSums() {
        FormResult result = audit(fiveRows(), problem("ZP007", Section.INDICATOR, 2));

        assertEquals(List.of("ZP007 indicator 2", "ZP201 indicator 0", "ZP202 indicator 2", "ZP202 indicator 4",
                "ZP301 total null"), where(result));
        assertEquals("60", result.findings().get(4).computed());
        assertNull(skipped(result, "ZP202"));
        assertEquals(new Skipped("ZP201", List.of(Section.INDICATOR), List.of("ZP007"),
                Map.of(Section.INDICATOR, List.of(1, 2, 3))), skipped(result, "ZP201"));
        assertNull(skipped(result, "ZP301"));
        assertNull(skipped(result, "ZP302"));
        assertEquals(new Skipped("ZP303", List.of(Section.INDICATOR), List.of("ZP007")), skipped(result, "ZP303"));
    }

    /**
     * A finding kept on a row in doubt names the row, counted from 1, not the name read there, which may be another
     * row's text: row 1 has its text in doubt and row 2 stands next to it; row 3 was read cleanly and keeps its name.
     */
    @Test
    void aFindingOnARowInDoubtNamesTheRowNotItsName() {
        TestForm form = TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "90.00%", "9.00")
                .output("合格率", "≥98%", "98%", "30", "30")
                .output("完成率", "≥95%", "100%", "20", "22")
                .output("覆盖率", "≥95%", "100%", "20", "22")
                .output("达标率", "≥95%", "100%", "20", "22")
                .total("100", "105");
        FormResult result = audit(form, problem("ZP007", Section.INDICATOR, 1));

        List<Finding> ranges = result.findings().stream().filter(f -> f.rule().equals("ZP202")).toList();
        assertEquals(List.of(1, 2, 3), ranges.stream().map(Finding::row).toList());
        assertEquals(Message.of("rule.ZP202.row", "2", "22", "20"), ranges.get(0).message());
        assertEquals(Message.of("rule.ZP202.row", "3", "22", "20"), ranges.get(1).message());
        assertNull(ranges.get(0).label());
        assertEquals(Message.of("rule.ZP202", "达标率", "22", "20"), ranges.get(2).message());
        assertEquals("达标率", ranges.get(2).label());
        assertEquals("指标表第2行（指标名称未能确定）得分22超出0至分值20的范围。",
                MessageBundles.render(ranges.get(0).message(), java.util.Locale.ROOT));
        ranges.forEach(f -> MessageBundles.assertRenders(f.message()));
    }

    /** The same row in doubt, and a total score of 50 where the scores add up to 9 + 49 = 58: ZP302 finds it. */
    @Test
    void aRowWhoseTextAloneIsInDoubtLeavesTheScoreSumChecked() {
        TestForm form = TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "90.00%", "9.00")
                .output("完成率", "≥95%", "100%", "30", "30")
                .output("合格率", "≥95%", "90%", "30", "10")
                .output("覆盖率", "≥95%", "100%", "30", "9")
                .total("100", "50");

        FormResult result = audit(form, problem("ZP007", Section.INDICATOR, 1));

        assertEquals(List.of("ZP007 indicator 1", "ZP302 total null"), where(result));
        assertEquals("Σ 得分 = 9.00 + 30 + 10 + 9", result.findings().get(1).formula());
    }

    /**
     * Text in doubt on one row and an unreadable cell on another: the sums stop, as the numbers are in doubt; the score
     * range leaves out only the rows next to the unreadable cell (3 and 4) and finds row 2's 12 of 10.
     */
    @Test
    void aRowWithItsNumbersInDoubtStopsTheSumsEvenBesideARowWithOnlyItsText() {
        FormResult result = audit(fiveRows(), problem("ZP007", Section.INDICATOR, 2),
                problem("ZP001", Section.INDICATOR, 4));

        assertEquals(List.of("ZP007 indicator 2", "ZP001 indicator 4", "ZP201 indicator 0", "ZP202 indicator 2"),
                where(result));
        assertEquals(new Skipped("ZP202", List.of(Section.INDICATOR), List.of("ZP007", "ZP001"),
                Map.of(Section.INDICATOR, List.of(3, 4))), skipped(result, "ZP202"));
        assertEquals(new Skipped("ZP301", List.of(Section.INDICATOR), List.of("ZP007", "ZP001")),
                skipped(result, "ZP301"));
    }

    @Test
    void aResolvedAmbiguityStopsNothing() {
        FormResult result = audit(fiveRows(), problem("ZP004", Section.INDICATOR, 2));

        assertEquals(List.of("ZP004 indicator 2", "ZP201 indicator 0", "ZP201 indicator 3", "ZP202 indicator 2",
                "ZP202 indicator 4", "ZP301 total null"), where(result));
        assertEquals(List.of(), result.skipped());
    }

    /**
     * No 年度资金总额 row (ZP002 names no row): every check reading the funding block stops, ZP202 too, which reads the
     * total row's 得分 besides each indicator's; ZP201 reads the indicators alone and checks row 2's full 10 for a
     * missed target.
     */
    @Test
    void aFormWithoutAFundingTotalIsStillCheckedRowByRow() {
        TestForm form = TestForm.form()
                .output("完成率", "≥95%", "100%", "10", "10")
                .output("合格率", "≥95%", "100%", "10", "10")
                .output("覆盖率", "≥98%", "90%", "10", "10")
                .total("100", "30");

        FormResult result = audit(form, problem("ZP002", Section.FUNDING, null), problem("ZP003", Section.INDICATOR, 0));

        assertEquals(List.of("ZP002 funding null", "ZP003 indicator 0", "ZP201 indicator 2"), where(result));
        assertEquals(new Skipped("ZP201", List.of(Section.INDICATOR), List.of("ZP003"),
                Map.of(Section.INDICATOR, List.of(0, 1))), skipped(result, "ZP201"));
        assertEquals(new Skipped("ZP202", List.of(Section.FUNDING, Section.INDICATOR), List.of("ZP002", "ZP003")),
                skipped(result, "ZP202"));
    }

    /**
     * 年度资金总额 scores 8 where 90 / 100 × 10 = 9; 上年结转资金's rate says 80 % of 10 / 9 (90 %); 其他资金's rate does
     * not read. The parts add up to 95 of 100. The total row is two rows away from the damage: its score is checked;
     * 上年结转资金 stands next to it and the breakdown needs every row.
     */
    @Test
    void aDamagedFundingPartStopsTheBreakdownAndItsNeighbourButNotTheTotalRowsChecks() {
        TestForm form = TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "90.00%", "8.00")
                .part("当年财政拨款", "80.00", "80.00", "72.00", "-", "90.00%", "-")
                .part("上年结转资金", "10.00", "10.00", "9.00", "-", "80.00%", "-")
                .part("其他资金", "5.00", "5.00", "4.50", "-", "9o.00%", "-")
                .output("完成率", "≥95%", "100%", "90", "90")
                .total("100", "98");

        FormResult result = audit(form, problem("ZP001", Section.FUNDING, 3));

        assertEquals(List.of("ZP001 funding 3", "ZP102 funding 0"), where(result));
        assertEquals(new Skipped("ZP101", List.of(Section.FUNDING), List.of("ZP001"),
                Map.of(Section.FUNDING, List.of(2, 3))), skipped(result, "ZP101"));
        assertEquals(new Skipped("ZP103", List.of(Section.FUNDING), List.of("ZP001")), skipped(result, "ZP103"));
        assertEquals(new Skipped("ZP302", List.of(Section.FUNDING), List.of("ZP001")), skipped(result, "ZP302"));
        assertNull(skipped(result, "ZP201"), "the indicators were read cleanly");
    }

    /**
     * Without the indicator table the funding block runs on into it: a damaged row there may be an indicator row, so
     * no funding row is told apart and 年度资金总额's 8 of a computed 9 is not checked.
     */
    @Test
    void withoutTheIndicatorTableADamagedFundingRowStopsTheFundingChecks() {
        TestForm form = TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "90.00%", "8.00")
                .part("当年财政拨款", "80.00", "80.00", "72.00", "-", "90.00%", "-")
                .part("上年结转资金", "10.00", "10.00", "9.00", "-", "90.00%", "-")
                .part("其他资金", "5.00", "5.00", "4.50", "-", "9o.00%", "-");

        FormResult result = audit(form, problem("ZP001", Section.FUNDING, 3),
                problem("ZP002", Section.INDICATOR, null));

        assertEquals(List.of("ZP001 funding 3", "ZP002 indicator null"), where(result));
        assertEquals(new Skipped("ZP102", List.of(Section.FUNDING), List.of("ZP001")), skipped(result, "ZP102"));
    }

    @Test
    void withoutTheFundingDamageTheRateAndTheBreakdownAreFound() {
        TestForm form = TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "90.00%", "8.00")
                .part("当年财政拨款", "80.00", "80.00", "72.00", "-", "90.00%", "-")
                .part("上年结转资金", "10.00", "10.00", "9.00", "-", "80.00%", "-")
                .part("其他资金", "5.00", "5.00", "4.50", "-", "90.00%", "-")
                .output("完成率", "≥95%", "100%", "90", "90")
                .total("100", "98");

        assertEquals(List.of("ZP101 funding 2", "ZP102 funding 0", "ZP103 funding 0", "ZP103 funding 0",
                "ZP103 funding 0"), where(audit(form)));
    }
}
