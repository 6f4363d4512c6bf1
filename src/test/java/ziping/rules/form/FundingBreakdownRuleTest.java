package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FundingBreakdownRuleTest {
    private final FundingBreakdownRule rule = new FundingBreakdownRule();

    @Test
    void seedTotalsEqualTheirParts() {
        assertTrue(SeedForms.form000().audit(rule).isEmpty());
        assertTrue(TestForm.form()
                .funding("110.84", "110.57", "110.57", "10", "100.00%", "10.00")
                .part("其中：当年财政拨款", "-", "-", "-", "-", "-", "_")
                .part("上年结转资金", "110.84", "110.57", "110.57", "-", "100.00%", "-")
                .part("其他资金", "-", "-", "-", "-", "-", "-")
                .audit(rule).isEmpty());
    }

    @Test
    void aColumnWhosePartsDoNotAddUpIsReportedOnTheTotalRow() {
        List<Finding> findings = TestForm.form()
                .part("其中：当年财政拨款", "100.00", "100.00", "90.00", "-", "90.00%", "-")
                .funding("150.00", "150.00", "140.00", "10", "93.33%", "9.33")
                .part("上年结转资金", "50.00", "50.00", "49.00", "-", "98.00%", "-")
                .audit(rule);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("ZP103", f.rule());
        assertEquals(1, f.row());
        assertEquals("140.00", f.stated());
        assertEquals("[138.99, 139.01]", f.computed());
        assertEquals(List.of("全年执行数", "140.00", "[138.99, 139.01]"), f.message().args());
    }

    @Test
    void placeholdersOnlyGiveNoFinding() {
        assertTrue(TestForm.form()
                .funding("10.00", "10.00", "9.00", "10", "90.00%", "9.00")
                .part("上年结转资金", "-", "_", "—", "-", "-", "-")
                .audit(rule).isEmpty());
    }
}
