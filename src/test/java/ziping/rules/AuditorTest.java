package ziping.rules;

import org.junit.jupiter.api.Test;
import ziping.result.FormResult;
import ziping.model.Check;
import ziping.model.Computed;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Skipped;
import ziping.parse.ParsedForm;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditorTest {
    private static FormResult audit(TestForm form, Profile profile, List<Finding> problems) {
        return new Auditor(profile).audit(new ParsedForm(form.build(), problems));
    }

    private static Computed computed(TestForm form, Profile profile) {
        return audit(form, profile, List.of()).computed();
    }

    @Test
    void seed000IsRecomputedAndClean() {
        FormResult result = audit(SeedForms.form000(), Profile.DEFAULT, List.of());

        assertEquals(new Computed(new BigDecimal("94.66"), new BigDecimal("9.47"), new BigDecimal("97.47"), "优"),
                result.computed());
        List<String> rules = result.findings().stream().map(Finding::rule).toList();
        // 硬件采购数量 ≥2个 / 11: bare actual (ZP205) and 5.5× the target (ZP206), both info.
        assertEquals(List.of("ZP205", "ZP206"), rules);
        assertTrue(result.findings().stream().allMatch(f -> f.severity() == Severity.INFO));
    }

    @Test
    void seed003ExecutionFiguresAreRecomputedFromThePrintedAAndB() {
        Computed c = computed(SeedForms.funding003Command(), Profile.DEFAULT);
        assertEquals(new BigDecimal("99.95"), c.executionRate());
        // 365.11/365.29×10 = 9.99507 rounds to 10.00; the printed 9.99 is accepted by ZP102 through A's and B's
        // rounding intervals, not by this point value.
        assertEquals(new BigDecimal("10.00"), c.executionScore());
        assertEquals(new BigDecimal("10.00"), c.total());
    }

    @Test
    void overspendingIsCappedPerProfileAndTheGradeFollowsTheTotal() {
        TestForm overspent = TestForm.form()
                .funding("100.00", "100.00", "105.00", "10", "105.00%", "10.50")
                .output("甲", "≥1个", "1个", "90", "79.60");

        assertEquals(new Computed(new BigDecimal("105.00"), new BigDecimal("10.00"), new BigDecimal("89.60"), "良"),
                computed(overspent, Profile.DEFAULT));
        assertEquals(new Computed(new BigDecimal("105.00"), new BigDecimal("10.50"), new BigDecimal("90.10"), "优"),
                computed(overspent, Profile.DEFAULT.withExecutionCap(false)));
    }

    @Test
    void missingInputsLeaveComputedFieldsNull() {
        Computed c = computed(TestForm.form().funding("-", "-", "-", "10", "-", "-")
                .output("甲", "≥1个", "1个", "90", "90"), Profile.DEFAULT);
        assertEquals(new Computed(null, null, null, null), c);

        Computed noWeight = computed(TestForm.form().funding("10.00", "10.00", "5.00", "-", "50.00%", "-"),
                Profile.DEFAULT);
        assertEquals(new Computed(new BigDecimal("50.00"), null, null, null), noWeight);
    }

    @Test
    void parseProblemsComeFirstThenFindingsByRuleThenRow() {
        Finding problem = new Finding("ZP004", Check.PARSE, Severity.INFO, Section.INDICATOR, 3, "丙", "说明", null,
                null, Message.of("parse.ZP004.name"), null);
        TestForm form = TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "80.00%", "9.00")
                .output("超分", "≥98%", "100%", "10", "12")
                .output("未达标", "≥98%", "90%", "10", "5")
                .output("未完成", "≥98%", "/", "10", "0");

        List<Finding> findings = audit(form, Profile.DEFAULT, List.of(problem)).findings();

        assertSame(problem, findings.get(0));
        assertEquals(List.of("ZP004", "ZP101", "ZP201", "ZP202", "ZP204", "ZP204", "ZP301"),
                findings.stream().map(Finding::rule).toList());
        assertEquals(List.of(1, 2), findings.subList(4, 6).stream().map(Finding::row).toList());
    }

    @Test
    void aSectionReadInPartSkipsTheRulesThatReadItAndSaysSo() {
        Finding unreadable = new Finding("ZP001", Check.PARSE, Severity.WARNING, Section.INDICATOR, 1, "未达标", "5o",
                null, null, Message.of("parse.ZP001", "得分", "5o"), null);
        TestForm form = TestForm.form()
                .funding("100.00", "100.00", "90.00", "10", "80.00%", "9.00")
                .output("超分", "≥98%", "100%", "10", "12")
                .output("未达标", "≥98%", "90%", "10", "-");

        FormResult result = audit(form, Profile.DEFAULT, List.of(unreadable));

        assertEquals(List.of("ZP001", "ZP101"), result.findings().stream().map(Finding::rule).toList());
        assertEquals(List.of("ZP105", "ZP201", "ZP202", "ZP203", "ZP204", "ZP205", "ZP206", "ZP207", "ZP208", "ZP301",
                "ZP302", "ZP303", "ZP305"), result.skipped().stream().map(Skipped::rule).toList());
        assertEquals(new Skipped("ZP301", List.of(Section.INDICATOR), List.of("ZP001")), result.skipped().get(9));
        assertFalse(result.complete());
    }

    @Test
    void ruleSetListsEveryFormRuleOnceInIdOrder() {
        assertEquals(List.of("ZP101", "ZP102", "ZP103", "ZP104", "ZP105", "ZP106", "ZP107", "ZP201", "ZP202", "ZP203",
                "ZP204", "ZP205", "ZP206", "ZP207", "ZP208", "ZP301", "ZP302", "ZP303", "ZP304", "ZP305"),
                RuleSet.formRules().stream().map(Rule::id).toList());
    }
}
