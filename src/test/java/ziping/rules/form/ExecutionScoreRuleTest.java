package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.rules.Profile;
import ziping.rules.Rounding;
import ziping.rules.SeedForms;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionScoreRuleTest {
    private final ExecutionScoreRule rule = new ExecutionScoreRule();

    @Test
    void seedScoreExplainedByRoundingOfAAndB() {
        assertTrue(SeedForms.funding003Command().audit(rule).isEmpty());
        assertTrue(TestForm.form().funding("455.98", "455.98", "455.91", "10", "99.99%", "10.00").audit(rule)
                .isEmpty());
    }

    @Test
    void scoreOutsideTheComputedIntervalIsAnError() {
        List<Finding> findings = TestForm.form()
                .funding("365.29", "365.29", "365.11", "10", "99.95%", "9.98").audit(rule);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("ZP102", f.rule());
        assertEquals("9.98", f.stated());
        assertEquals("[9.9947, 9.9954]", f.computed()); // [9.99480, 9.99535] rounded outward
        assertEquals("min(B/A×分值, 分值) = min(365.11/365.29×10, 10)", f.formula());
    }

    @Test
    void overspendingScoresTheCapOnlyWhenTheProfileCaps() {
        TestForm overspent = TestForm.form().funding("100.00", "100.00", "105.00", "10", "105.00%", "10.50");

        assertTrue(overspent.audit(rule, Profile.DEFAULT.withExecutionCap(false)).isEmpty());
        List<Finding> capped = overspent.audit(rule, Profile.DEFAULT);
        assertEquals(1, capped.size());
        assertEquals("10.0000", capped.get(0).computed());
    }

    @Test
    void truncatedFiguresAreAcceptedOnlyUnderTruncation() {
        TestForm truncated = TestForm.form().funding("100.00", "100.00", "66.67", "10", "66.67%", "6.66");

        assertEquals(1, truncated.audit(rule, Profile.DEFAULT).size());
        assertTrue(truncated.audit(rule, Profile.DEFAULT.withRounding(Rounding.TRUNCATE)).isEmpty());
    }

    @Test
    void missingInputsGiveNoFinding() {
        assertTrue(TestForm.form().funding("-", "-", "-", "10", "-", "9.99").audit(rule).isEmpty());
        assertTrue(TestForm.form().funding("0.00", "0.00", "0.00", "10", "-", "0").audit(rule).isEmpty());
    }
}
