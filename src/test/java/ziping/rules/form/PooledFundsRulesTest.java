package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ZP106 (C = A − B) and ZP107 (预算到位 = D/C) on the funding rows of a transfer-payment form with pooled funds. */
class PooledFundsRulesTest {
    private final NetBudgetRule net = new NetBudgetRule();
    private final ReceivedRateRule received = new ReceivedRateRule();

    /** TP/SC fixture 1 as printed: every row adds up. */
    private static TestForm clean() {
        return TestForm.form()
                .pooled("年度资金总额", "7820.00", "320.00", "7500.00", "7500.00", "100.00%", "7312.50", "97.50%")
                .pooled("中央财政资金", "5600.00", "320.00", "5280.00", "5280.00", "100.00%", "5148.00", "97.50%")
                .pooled("地方财政资金", "2220.00", "0.00", "2220.00", "2220.00", "100.00%", "2164.50", "97.50%")
                .pooled("其他资金", "0.00", "0.00", "0.00", "0.00", "0.00%", "0.00", "0.00%");
    }

    @Test
    void aFormWhoseRowsAddUpHasNoFinding() {
        assertTrue(clean().audit(net).isEmpty());
        assertTrue(clean().audit(received).isEmpty());
    }

    @Test
    void aNetBudgetThatIsNotTheBudgetLessThePooledFunds() {
        List<Finding> findings = TestForm.form()
                .pooled("年度资金总额", "3650.00", "150.00", "3550.00", "3500.00", "98.59%", "3150.00", "88.73%")
                .pooled("中央财政资金", "3000.00", "150.00", "2850.00", "2850.00", "100.00%", "2565.00", "90.00%")
                .audit(net);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("ZP106", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Section.FUNDING, f.section());
        assertEquals(0, f.row());
        assertEquals("年度资金总额", f.label());
        assertEquals("3550.00", f.stated());
        assertEquals("[3499.99, 3500.01]", f.computed());
        assertEquals("C = A − B = 3650.00 − 150.00", f.formula());
    }

    @Test
    void aReceivedRateThatIsNotReceivedOverTheNetBudget() {
        List<Finding> findings = TestForm.form()
                .pooled("年度资金总额", "3650.00", "150.00", "3500.00", "3325.00", "100.00%", "3150.00", "90.00%")
                .pooled("中央财政资金", "3000.00", "150.00", "2850.00", "2675.00", "93.86%", "2565.00", "90.00%")
                .audit(received);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("ZP107", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(0, f.row());
        assertEquals("年度资金总额", f.label());
        assertEquals("100.00%", f.stated());
        assertEquals("[94.9997, 95.0003]", f.computed());
        assertEquals("D/C×100 = 3325.00/3500.00×100", f.formula());
    }

    @Test
    void rowsWithoutPooledFundsAreNotChecked() {
        TestForm plain = TestForm.form().funding("100", "100", "90", "10", "90.00%", "9");

        assertTrue(plain.audit(net).isEmpty());
        assertTrue(plain.audit(received).isEmpty());
    }
}
