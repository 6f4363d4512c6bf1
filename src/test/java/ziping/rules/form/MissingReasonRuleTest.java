package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissingReasonRuleTest {
    private final MissingReasonRule rule = new MissingReasonRule();

    @Test
    void deductionsAndUndoneIndicatorsNeedAReason() {
        List<Finding> findings = TestForm.form()
                .output("满分", "≥95%", "100%", "10", "10.00")
                .output("扣分无原因", "≥95%", "90%", "10", "9.47")
                .indicator("产出指标", "质量指标", "扣分有原因", "≥95%", "90%", "10", "9.47", "设备老化，明年更换。")
                .output("未完成无原因", "≥98%", "/", "2.00", "")
                .output("空白原因", "≥98%", "90%", "2.00", "1.84")
                .audit(rule);

        assertEquals(List.of(1, 3, 4), findings.stream().map(Finding::row).toList());
        assertEquals("扣分无原因", findings.get(0).label());
    }

    @Test
    void seed000UndoneIndicatorHasItsReason() {
        assertTrue(SeedForms.form000().audit(rule).isEmpty());
    }
}
