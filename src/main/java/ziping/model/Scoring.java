package ziping.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A template family's scoring model, as its template file states it (see {@code ziping/template.schema.json}).
 *
 * @param execution               the execution score's points and formula, or null where the family scores no
 *                                execution (the total holds indicators only, or nothing is scored)
 * @param rateDenominator         the column the execution rate divides by, as printed (全年预算数, 调整后预算数 …)
 * @param reasonRequiredBelowRate an execution rate (in %) below which the family asks for a reason, or null
 * @param indicatorScores         how indicator rows are scored: {@code weighted} (a weight per row),
 *                                {@code scoresOnly} (scores, weights only on level-1 labels), {@code converted}
 *                                (得分 × 权重占比 = 折算得分), {@code sheet} (a scoring sheet: 分值 and 自评分 rows) or
 *                                {@code none} (no scores at all)
 * @param reverseFormula          a missed reverse indicator: {@code ratio} (A/B × 分值) or {@code linear}
 * @param qualitativeBands        the lower bounds in % of 分值 of 达成 and 部分达成 (80/60 or 80/50)
 * @param grades                  grade bands, highest first; empty where the family grades nothing
 * @param gradePrinted            whether the family prints a grade beside the total
 * @param total                   what the total includes, in words
 * @param fixedLevel1Points       the points the family fixes for level-1 labels (AH-SX: 产出指标 50, 效益指标 30,
 *                                满意度指标 10), or null
 */
public record Scoring(Execution execution, String rateDenominator, BigDecimal reasonRequiredBelowRate,
                      String indicatorScores, String reverseFormula, List<BigDecimal> qualitativeBands,
                      List<Grade> grades, boolean gradePrinted, String total,
                      Map<String, BigDecimal> fixedLevel1Points) {

    /**
     * The execution score: {@code points} (10, 20) and where they come from — {@code cell} (the funding total row's
     * 分值 cell) or {@code fixed} (the family fixes them; the form prints none) — and whether the score is capped at
     * them.
     */
    public record Execution(BigDecimal points, String pointsFrom, boolean cap) {
    }

    /** A grade and the lowest total that earns it. */
    public record Grade(String grade, BigDecimal from) {
    }

    /** Whether the family prints scores at all (HN-NS and most transfer-payment forms do not). */
    public boolean scored() {
        return !"none".equals(indicatorScores);
    }
}
