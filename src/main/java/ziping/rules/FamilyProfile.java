package ziping.rules;

import ziping.model.Scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The profile a template family's scoring model sets for its forms: its reverse formula, grade bounds, the lower
 * bounds of a met and of a partly met qualitative indicator's bands (80/60, 湖北 80/50) and whether the execution
 * score is capped. What a family does not state
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
            p = p.withQualitativeBands(bands.get(0).divide(PERCENT),
                    bands.size() > 1 ? bands.get(1).divide(PERCENT) : p.qualitativePartialFrom());
        }
        return p;
    }
}
