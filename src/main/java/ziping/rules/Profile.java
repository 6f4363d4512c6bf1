package ziping.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The variants of the scoring rules that differ between provinces and systems (NOTES.md §3–4). The built-in
 * {@link #DEFAULT} matches the seed documents.
 *
 * @param reverseFormula    how a missed reverse indicator is scored
 * @param capExecutionScore whether the execution score is capped at its 分值
 * @param rounding          how printed numbers were rounded
 * @param grades            grade bands, highest first
 * @param farAboveFactor    actual ≥ this × target makes a "target too low" finding
 * @param qualitativeMetFrom lowest share of 分值 a met qualitative indicator may score (达成: 80–100 %)
 * @param qualitativePartialFrom lowest share of 分值 a partly met qualitative indicator may score (部分达成: 60–80 %;
 *                          湖北 50–80 %); a qualitative indicator not achieved scores below it
 */
public record Profile(String name, ReverseFormula reverseFormula, boolean capExecutionScore, Rounding rounding,
                      List<GradeBand> grades, BigDecimal farAboveFactor, BigDecimal qualitativeMetFrom,
                      BigDecimal qualitativePartialFrom) {

    public static final Profile DEFAULT = new Profile("default", ReverseFormula.RATIO, true, Rounding.NEAREST,
            List.of(new GradeBand("优", new BigDecimal("90")), new GradeBand("良", new BigDecimal("80")),
                    new GradeBand("中", new BigDecimal("60")), new GradeBand("差", BigDecimal.ZERO)),
            new BigDecimal("2"), new BigDecimal("0.8"), new BigDecimal("0.6"));

    public Profile withReverseFormula(ReverseFormula f) {
        return new Profile(name, f, capExecutionScore, rounding, grades, farAboveFactor, qualitativeMetFrom,
                qualitativePartialFrom);
    }

    public Profile withRounding(Rounding r) {
        return new Profile(name, reverseFormula, capExecutionScore, r, grades, farAboveFactor, qualitativeMetFrom,
                qualitativePartialFrom);
    }

    public Profile withExecutionCap(boolean cap) {
        return new Profile(name, reverseFormula, cap, rounding, grades, farAboveFactor, qualitativeMetFrom,
                qualitativePartialFrom);
    }

    public Profile withGrades(List<GradeBand> g) {
        return new Profile(name, reverseFormula, capExecutionScore, rounding, g, farAboveFactor, qualitativeMetFrom,
                qualitativePartialFrom);
    }

    /** The qualitative bands: a met value scores from metFrom, a partly met one from partialFrom (shares of 分值). */
    public Profile withQualitativeBands(BigDecimal metFrom, BigDecimal partialFrom) {
        return new Profile(name, reverseFormula, capExecutionScore, rounding, grades, farAboveFactor, metFrom,
                partialFrom);
    }

    /** The grade a total earns; null for a null total. */
    public String gradeOf(BigDecimal total) {
        if (total == null) {
            return null;
        }
        for (GradeBand band : grades) {
            if (total.compareTo(band.from()) >= 0) {
                return band.grade();
            }
        }
        return grades.get(grades.size() - 1).grade();
    }
}
