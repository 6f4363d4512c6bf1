package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetButDeductedRuleTest {
    private final MetButDeductedRule rule = new MetButDeductedRule();

    @Test
    void seed003BoundActualMetButDeductedWithReason() {
        List<Finding> findings = TestForm.form()
                .indicator("效益指标", "经济效益指标", "提高信息化利用率", "≥95%", "≥95%", "20", "19.00",
                        "效益发挥较好，佐证材料仍需进一步收集。")
                .audit(rule);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("19.00", f.stated());
        assertEquals("20", f.computed());
        assertEquals("rule.ZP203.reason", f.message().key());
    }

    @Test
    void messageSaysWhenNoReasonWasGiven() {
        List<Finding> findings = TestForm.form().output("满意度", "≥95%", "100%", "10", "9.00").audit(rule);
        assertEquals("rule.ZP203.noReason", findings.get(0).message().key());
    }

    @Test
    void fullScoresMissedTargetsAndQualitativeValuesAreNotReported() {
        assertTrue(SeedForms.form000().audit(rule).isEmpty());
        assertTrue(TestForm.form()
                .output("整数满分", "≥95%", "100%", "10", "10")
                .output("未达标", "≥95%", "90%", "10", "9.47")
                .output("定性", "好坏", "好", "10", "9")
                .audit(rule).isEmpty());
    }
}
