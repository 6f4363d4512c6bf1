package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitMismatchRuleTest {
    private final UnitMismatchRule rule = new UnitMismatchRule();

    @Test
    void seed003YuanVersusWanYuanIsAWarning() {
        List<Finding> findings = TestForm.form()
                .indicator("成本指标", "经济成本指标", "确保2024年项目不超过预算。", "≤365.291元", "365.291万元", "5",
                        "5")
                .audit(rule);

        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(List.of("确保2024年项目不超过预算。", "≤365.291元", "365.291万元", "元", "万元"),
                findings.get(0).message().args());
    }

    @Test
    void seed000BareActualIsInfo() {
        List<Finding> findings = TestForm.form()
                .indicator("产出指标", "数量指标", "硬件采购数量", "≥2个", "11", "3.00", "3.00").audit(rule);

        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("rule.ZP205.bare", findings.get(0).message().key());
    }

    @Test
    void bareZeroSameUnitsAndTextAreFine() {
        assertTrue(TestForm.form()
                .output("硬件故障率", "≤5%", "0", "2.00", "2.00")
                .output("软件开发数量", "≥1个", "1个", "5.00", "5.00")
                .output("验收", "是", "是", "5.00", "5.00")
                .output("安全测试", "≥98%", "/", "2.00", "0.00")
                .audit(rule).isEmpty());
    }
}
