package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Section;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightSumRuleTest {
    private final WeightSumRule rule = new WeightSumRule();

    @Test
    void seed000WeightsAddUpTo100() {
        assertTrue(SeedForms.form000().audit(rule).isEmpty());
    }

    @Test
    void weightsNotAddingUpToTheStatedTotalAreAnError() {
        List<Finding> findings = TestForm.form()
                .funding("10.00", "10.00", "10.00", "10", "100.00%", "10")
                .output("甲", "≥1个", "1个", "50", "50")
                .output("乙", "≥1个", "1个", "30", "30")
                .total("100", "90")
                .audit(rule);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Section.TOTAL, f.section());
        assertEquals("90", f.computed());
        assertEquals("100", f.stated());
        assertEquals("Σ 分值 = 10 + 50 + 30", f.formula());
    }

    @Test
    void withoutAPrintedTotalTheWeightsMustAddUpTo100() {
        TestForm form = TestForm.form()
                .funding("10.00", "10.00", "10.00", "10", "100.00%", "10")
                .output("甲", "≥1个", "1个", "80", "80")
                .total("", "");
        assertEquals(1, form.audit(rule).size());
        assertTrue(TestForm.form()
                .funding("10.00", "10.00", "10.00", "10", "100.00%", "10")
                .output("甲", "≥1个", "1个", "90.00", "90")
                .total("-", "")
                .audit(rule).isEmpty());
    }
}
