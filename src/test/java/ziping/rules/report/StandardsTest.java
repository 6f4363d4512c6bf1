package ziping.rules.report;

import org.junit.jupiter.api.Test;
import ziping.model.Figure;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.model.Span;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.TextValue;
import ziping.rules.Profile;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading 评分标准 texts as formulas, and the direction of an indicator by its name. */
class StandardsTest {
    private static final ReportAudit AUDIT = new ReportAudit(null, Profile.DEFAULT);

    private static ScoredIndicator row(String weight, Measure actual, String standard) {
        return new ScoredIndicator("x", Figure.number(weight, new BigDecimal(weight), null), null, actual,
                null, new TextValue(standard, Span.lines(1, 1)), Span.lines(1, 1));
    }

    private static Measure percent(String v) {
        return new Measure(v + "%", MeasureKind.NUMBER, null, new BigDecimal(v), "%", null);
    }

    private static Measure described(String text) {
        return new Measure(text, MeasureKind.QUALITATIVE, null, null, null, text);
    }

    private static StandardScore score(ScoredIndicator row) {
        return ScoringStandard.read(row.standard().text()).orElseThrow().score(row, AUDIT);
    }

    @Test
    void deductionPerPercentBelowFullMarks() {
        StandardScore s = score(row("1.82", percent("95.68"), "业绩值为 100%得满分，每降低 1%扣权重分的1%，扣完为止"));
        assertEquals("[1.7412, 1.7415]", s.score().format(4));
        assertEquals("1.82 × (1 − (100 − 95.68) / 1 × 1%)", s.formula());
        assertFalse(s.inferred());
    }

    @Test
    void aStandardDividingByZeroIsNotReadAsAFormula() {
        assertTrue(ScoringStandard.read("业绩值为 3得满分，每降低1扣权重分的1/0，扣完为止。").isEmpty());
        assertTrue(ScoringStandard.read("业绩值为 100%得满分，每降低 0%扣权重分的 1%，扣完为止").isEmpty());
    }

    @Test
    void deductionIsFlooredAtZeroAndCappedAtTheWeight() {
        String standard = "业绩值为 100%得满分，每降低 1%扣权重分的 1%，扣完为止";
        assertEquals("0", score(row("2", percent("-10"), standard)).score().format(0));
        assertEquals("2", score(row("2", percent("120"), standard)).score().format(0));
    }

    @Test
    void deductionOverElementsCountsTheDescription() {
        StandardScore s = score(row("1.82", described("甲;乙"), "业绩值为 3得满分，每降低1扣权重分的1/3，扣完为止。"));
        assertEquals("1.2133", s.score().format(4));
        assertTrue(s.inferred());
    }

    @Test
    void sharePerElementPresent() {
        StandardScore s = score(row("1.8", described("甲;乙;丙"), "具备一个得分要素得33.33%权重分。"));
        assertEquals(0, new BigDecimal("1.79982").compareTo(s.score().lo()));
        assertEquals("1.8 × min(1, 3 要素 × 33.33%)", s.formula());
    }

    @Test
    void standardsWithDifferentSharesPerElementAreNotRead() {
        assertTrue(ScoringStandard.read("具备要素 1得 30%权重分，具备要素 2得 30%权重分").isEmpty());
        assertTrue(ScoringStandard.read("具备 1-4其中一个要素各得 20%权重分").isEmpty());
    }

    @Test
    void qualitativeShortValueHasNoElementsToCount() {
        assertNull(score(row("1.8", new Measure("", MeasureKind.EMPTY, null, null, null, null),
                "具备一个得分要素得33.33%权重分。")));
    }

    @Test
    void directionByName() {
        assertTrue(IndicatorDirection.isReverse("重复故障发生率", null));
        assertTrue(IndicatorDirection.isReverse("系统故障修复平均时间", null));
        assertTrue(IndicatorDirection.isReverse("系统运行维护成本", null));
        assertFalse(IndicatorDirection.isReverse("平均无故障运行时间", null));
        assertFalse(IndicatorDirection.isReverse("系统正常运行率", null));
        assertTrue(IndicatorDirection.isReverse("系统正常运行率", ziping.model.Comparator.LE));
    }
}
