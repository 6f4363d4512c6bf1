package ziping.rules;

import org.junit.jupiter.api.Test;
import ziping.model.Scoring;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A family's scoring model sets the profile of its forms, the rest stays as in the base profile. */
class FamilyProfileTest {

    @Test
    void theFamilysReverseFormulaGradesBandAndCapReplaceTheBases() {
        Scoring scoring = new Scoring(new Scoring.Execution(new BigDecimal("20"), "fixed", false), "全年预算数", null,
                "weighted", "linear", List.of(new BigDecimal("70"), new BigDecimal("50")),
                List.of(new Scoring.Grade("优秀", new BigDecimal("85")), new Scoring.Grade("合格", new BigDecimal("60")),
                        new Scoring.Grade("不合格", BigDecimal.ZERO)), true, "20 × 执行率 + Σ", null);

        Profile p = FamilyProfile.of(Profile.DEFAULT.withRounding(Rounding.TRUNCATE), scoring);

        assertEquals(ReverseFormula.LINEAR, p.reverseFormula());
        assertEquals(false, p.capExecutionScore());
        assertEquals(new BigDecimal("0.7"), p.qualitativeMetFrom());
        assertEquals(new BigDecimal("0.5"), p.qualitativePartialFrom());
        assertEquals("优秀", p.gradeOf(new BigDecimal("85")));
        assertEquals("合格", p.gradeOf(new BigDecimal("84.99")));
        assertEquals("不合格", p.gradeOf(new BigDecimal("59")));
        assertEquals(Rounding.TRUNCATE, p.rounding());
        assertEquals(Profile.DEFAULT.farAboveFactor(), p.farAboveFactor());
    }

    @Test
    void aFamilyWithoutScoresLeavesTheBaseAsItIs() {
        Scoring none = new Scoring(null, "全年预算数", null, "none", null, List.of(), List.of(), false, "no scores",
                null);

        assertEquals(Profile.DEFAULT, FamilyProfile.of(Profile.DEFAULT, none));
    }
}
