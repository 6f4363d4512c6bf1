package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotalScoreRuleTest {
    private final TotalScoreRule rule = new TotalScoreRule();

    @Test
    void seed000ScoresAddUpToTheTotal() {
        assertTrue(SeedForms.form000().audit(rule).isEmpty());
    }

    @Test
    void aTotalOutsideTheSumOfScoresIsAnError() {
        List<Finding> findings = TestForm.form()
                .funding("10.00", "10.00", "9.47", "10.00", "94.70%", "9.47")
                .output("甲", "≥1个", "1个", "50.00", "50.00")
                .output("乙", "≥1个", "1个", "40.00", "38.00")
                .total("100.00", "98.47")
                .audit(rule);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("98.47", f.stated());
        assertEquals("[97.455, 97.485]", f.computed());
        assertEquals("Σ 得分 = 9.47 + 50.00 + 38.00", f.formula());
    }

    @Test
    void integerScoresCarryTheirRoundingIntoTheSum() {
        assertTrue(TestForm.form()
                .funding("10.00", "10.00", "9.47", "10", "94.70%", "9.47")
                .output("甲", "≥1个", "1个", "50", "50")
                .output("乙", "≥1个", "1个", "40", "38")
                .total("100", "98")
                .audit(rule).isEmpty());
    }
}
