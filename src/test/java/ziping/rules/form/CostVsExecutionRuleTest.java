package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostVsExecutionRuleTest {
    private final CostVsExecutionRule rule = new CostVsExecutionRule();

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.message().key()).toList();
    }

    @Test
    void seed003BasicOperationsTargetAboveBudgetAndActualAboveExecution() {
        List<Finding> findings = TestForm.form()
                .funding("420.03", "420.03", "419.48", "10", "99.87%", "9.99")
                .output("运维终端数", "≥95%", "95%", "10", "10")
                .indicator("成本指标", "经济成本指标", "不超出项目预算。", "≤433.1202万元", "419.78万元", "20", "20")
                .audit(rule);

        assertEquals(List.of("rule.ZP207.target", "rule.ZP207.actual"), keys(findings));
        assertEquals(List.of(1, 1), findings.stream().map(Finding::row).toList());
        assertEquals("≤433.1202万元", findings.get(0).stated());
        assertEquals("419.78万元", findings.get(1).stated());
        assertEquals("419.48", findings.get(1).computed());
    }

    @Test
    void seed003CloudExtensionActualAboveExecutionOnly() {
        List<Finding> findings = TestForm.form()
                .funding("0.00", "185.76", "111.08", "10", "59.80%", "5.98")
                .indicator("成本指标", "经济成本指标", "未超过项目预算", "≤185.76万元", "185.1256万元", "20", "20.00")
                .audit(rule);

        assertEquals(List.of("rule.ZP207.actual"), keys(findings));
    }

    @Test
    void seed003HazardousChemicalsTargetMeetsInitialBudget() {
        assertTrue(TestForm.form()
                .funding("110.84", "110.57", "110.57", "10", "100.00%", "10.00")
                .indicator("成本指标", "经济成本指标", "租用成本不超过项目预算。", "≤110.838036万元", "110.5728万元", "20",
                        "20.00")
                .audit(rule).isEmpty());
    }

    @Test
    void aTargetEqualToTheBudgetMakesACostWholeProjectWithoutTheWord() {
        List<Finding> findings = TestForm.form()
                .funding("110.57", "110.57", "100.00", "10", "90.44%", "9.04")
                .indicator("成本指标", "经济成本指标", "租用成本", "≤110.57万元", "110.57万元", "20", "20.00")
                .audit(rule);

        assertEquals(List.of("rule.ZP207.actual"), keys(findings));
    }

    @Test
    void targetInAnotherUnitIsSkippedButTheActualStillCounts() {
        List<Finding> findings = TestForm.form()
                .funding("365.29", "365.29", "365.11", "10", "99.95%", "9.99")
                .indicator("成本指标", "经济成本指标", "确保2024年项目不超过预算。", "≤365.291元", "365.291万元", "5", "5")
                .audit(rule);

        assertEquals(List.of("rule.ZP207.actual"), keys(findings));
    }

    private static TestForm seed001Costs(String executed) {
        return TestForm.form()
                .funding("280.658720", "280.658720", executed, "10.00", "95.77%", "9.58")
                .indicator("成本指标", "经济成本指标", "线路租用成本", "≤5万元", "5万元", "5.00", "5.00")
                .indicator("成本指标", "经济成本指标", "网络建设成本", "≤0万元", "0", "0.00", "0.00")
                .indicator("成本指标", "经济成本指标", "硬件采购成本", "≤34.575万元", "36.09万元", "5.00", "4.79")
                .indicator("成本指标", "经济成本指标", "软件采购成本", "≤2万元", "2万元", "5.00", "5.00")
                .indicator("成本指标", "经济成本指标", "租赁云成本", "≤42.2万元", "41.09568万元", "5.00", "5.00")
                .indicator("成本指标", "经济成本指标", "软件开发成本", "≤0万元", "0", "0.00", "0.00");
    }

    @Test
    void seed001PartialCostsStayWithinExecution() {
        assertTrue(seed001Costs("268.785680").audit(rule).isEmpty());
    }

    @Test
    void partialCostsAboveExecutionAreReportedOnce() {
        List<Finding> findings = seed001Costs("80.00").audit(rule);

        assertEquals(List.of("rule.ZP207.sum"), keys(findings));
        assertNull(findings.get(0).row());
        assertEquals("84.18568", findings.get(0).stated());
        assertEquals("5 + 36.09 + 2 + 41.09568 ≤ 80.00",
                findings.get(0).formula().substring(findings.get(0).formula().indexOf(": ") + 2));
    }

    @Test
    void costsPrintedAsBoundsAreNotCounted() {
        assertTrue(SeedForms.form000().audit(rule).isEmpty());
    }
}
