package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Section;
import ziping.rules.Profile;
import ziping.rules.TestForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreRangeRuleTest {
    private final ScoreRangeRule rule = new ScoreRangeRule();

    @Test
    void scoresOutsideZeroToWeightAreErrors() {
        List<Finding> findings = TestForm.form()
                .output("满分", "≥98%", "100%", "10.00", "10.00")
                .output("超分", "≥98%", "100%", "10.00", "10.50")
                .output("负分", "≥98%", "50%", "10.00", "-1.00")
                .audit(rule);

        assertEquals(List.of(1, 2), findings.stream().map(Finding::row).toList());
        assertEquals("[0.00, 10.00]", findings.get(0).computed());
        assertEquals(List.of("超分", "10.50", "10.00"), findings.get(0).message().args());
    }

    @Test
    void executionScoreAboveWeightIsAnErrorOnlyWhenCapped() {
        TestForm overspent = TestForm.form().funding("100.00", "100.00", "105.00", "10", "105.00%", "10.50");

        List<Finding> capped = overspent.audit(rule);
        assertEquals(1, capped.size());
        assertEquals(Section.FUNDING, capped.get(0).section());
        assertTrue(overspent.audit(rule, Profile.DEFAULT.withExecutionCap(false)).isEmpty());
    }

    @Test
    void aScoreThatRoundsToTheWeightIsInRange() {
        assertTrue(TestForm.form().output("整数", "≥98%", "100%", "10.00", "10").audit(rule).isEmpty());
    }
}
