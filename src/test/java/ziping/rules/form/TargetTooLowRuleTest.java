package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.rules.Profile;
import ziping.rules.TestForm;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetTooLowRuleTest {
    private final TargetTooLowRule rule = new TargetTooLowRule();

    @Test
    void seed000ActualFarAboveTargetIsInfo() {
        List<Finding> findings = TestForm.form()
                .indicator("产出指标", "数量指标", "硬件采购数量", "≥2个", "11", "3.00", "3.00").audit(rule);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals("5.5×", f.computed());
        assertEquals("rule.ZP206.farAbove", f.message().key());
    }

    @Test
    void seed001ZeroTargetWithZeroWeightIsInfoOnly() {
        List<Finding> findings = TestForm.form()
                .indicator("产出指标", "数量指标", "网络建设点位数", "≥0个", "25个", "0.00", "0.00").audit(rule);

        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("rule.ZP206.zeroWeight", findings.get(0).message().key());
    }

    @Test
    void zeroLowerBoundWithWeightIsAWarning() {
        List<Finding> findings = TestForm.form().output("点位数", "≥0个", "25个", "2.00", "2.00").audit(rule);

        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void exactlyTheFactorCountsAndTheFactorIsAProfileSetting() {
        TestForm doubled = TestForm.form().output("数量", "≥1个", "2个", "2.00", "2.00");
        assertEquals(1, doubled.audit(rule).size());

        Profile lenient = new Profile("lenient", Profile.DEFAULT.reverseFormula(), true, Profile.DEFAULT.rounding(),
                Profile.DEFAULT.grades(), new BigDecimal("3"), Profile.DEFAULT.qualitativeMetFrom(),
                Profile.DEFAULT.qualitativePartialFrom());
        assertTrue(doubled.audit(rule, lenient).isEmpty());
    }

    @Test
    void ordinaryReverseAndZeroActualTargetsAreFine() {
        assertTrue(TestForm.form()
                .output("硬件采购数量", "≥25个", "31个", "4.00", "4.00")
                .output("网络建设成本", "≤0万元", "0", "0.00", "0.00")
                .output("软件开发数量", "≥0个", "0", "0.00", "0.00")
                .output("响应时间", "≤60分钟", "200分钟", "3.00", "0.90")
                .output("利用率", "≥50%", "≥100%", "3.00", "3.00")
                .audit(rule).isEmpty());
    }
}
