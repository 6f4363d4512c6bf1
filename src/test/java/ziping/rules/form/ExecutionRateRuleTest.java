package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionRateRuleTest {
    private final ExecutionRateRule rule = new ExecutionRateRule();

    @Test
    void seedRatesExplainedByRoundingGiveNoFinding() {
        assertTrue(SeedForms.funding003Command().audit(rule).isEmpty());
        assertTrue(TestForm.form().funding("455.98", "455.98", "455.91", "10", "99.99%", "10.00").audit(rule)
                .isEmpty());
        assertTrue(TestForm.form().funding("127.95", "127.95", "127.91", "10", "99.96%", "10.00").audit(rule)
                .isEmpty());
        assertTrue(SeedForms.form000().audit(rule).isEmpty());
    }

    @Test
    void wrongRateIsReportedWithIntervalAndFormula() {
        List<Finding> findings = TestForm.form()
                .funding("365.29", "365.29", "365.11", "10", "99.90%", "9.99").audit(rule);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("ZP101", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Section.FUNDING, f.section());
        assertEquals(0, f.row());
        assertEquals("年度资金总额", f.label());
        assertEquals("99.90%", f.stated());
        assertEquals("[99.9479, 99.9535]", f.computed());
        assertEquals("B/A×100 = 365.11/365.29×100", f.formula());
    }

    @Test
    void partRowsAreCheckedAndPlaceholderOrZeroBudgetRowsSkipped() {
        List<Finding> findings = TestForm.form()
                .funding("0.00", "200.25", "199.13", "10", "99.44%", "9.94")
                .part("其中：当年财政拨款", "0.00", "200.25", "199.13", "_", "98.44%", "_")
                .part("上年结转资金", "-", "-", "-", "-", "-", "-")
                .part("其他资金", "0.00", "0.00", "0.00", "-", "0.00%", "-")
                .audit(rule);

        assertEquals(1, findings.size());
        assertEquals(1, findings.get(0).row());
        assertEquals("其中：当年财政拨款", findings.get(0).label());
    }
}
