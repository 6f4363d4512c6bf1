package ziping.rules;

import ziping.model.Scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The profile a template family's scoring model sets for its forms: its reverse formula, grade bounds, the lower
 * bound of a met qualitative indicator's band and whether the execution score is capped. What a family does not state
 * (rounding, the far-above factor) stays as in the base profile.
 */
final class FamilyProfile {
    private static final BigDecimal PERCENT = new BigDecimal("100");

    private FamilyProfile() {
    }

    static Profile of(Profile base, Scoring scoring) {
        Profile p = base;
        if (scoring.reverseFormula() != null) {
            p = p.withReverseFormula(ReverseFormula.valueOf(scoring.reverseFormula().toUpperCase(Locale.ROOT)));
        }
        if (scoring.grades() != null && !scoring.grades().isEmpty()) {
            p = p.withGrades(scoring.grades().stream().map(g -> new GradeBand(g.grade(), g.from())).toList());
        }
        if (scoring.execution() != null) {
            p = p.withExecutionCap(scoring.execution().cap());
        }
        List<BigDecimal> bands = scoring.qualitativeBands();
        if (bands != null && !bands.isEmpty()) {
            p = new Profile(p.name(), p.reverseFormula(), p.capExecutionScore(), p.rounding(), p.grades(),
                    p.farAboveFactor(), bands.get(0).divide(PERCENT));
        }
        return p;
    }
}
