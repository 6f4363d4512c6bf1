package ziping.rules.form;

import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.rules.Profile;
import ziping.rules.ReverseFormula;
import ziping.rules.TestForm;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorScoreRuleTest {
    private final IndicatorScoreRule rule = new IndicatorScoreRule();

    private static TestForm one(String target, String actual, String weight, String score) {
        return TestForm.form().output("指标", target, actual, weight, score);
    }

    @Test
    void seed001HardwareCostMatchesTheRatioFormulaNotTheLinearOne() {
        TestForm hardware = TestForm.form()
                .indicator("成本指标", "经济成本指标", "硬件采购成本", "≤34.575万元", "36.09万元", "5.00", "4.79");

        assertTrue(hardware.audit(rule).isEmpty());
        List<Finding> linear = hardware.audit(rule, Profile.DEFAULT.withReverseFormula(ReverseFormula.LINEAR));
        assertEquals(1, linear.size());
        Finding f = linear.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("硬件采购成本", f.label());
        assertEquals("4.79", f.stated());
        assertEquals("[4.7801, 4.7817]", f.computed());
        assertEquals("(1 − (实际 − 目标)/目标)×分值 = (1 − (36.09 − 34.575)/34.575)×5.00", f.formula());
    }

    @Test
    void forwardMissScoresActualOverTarget() {
        assertTrue(one("≥98%", "90%", "10", "9.18").audit(rule).isEmpty());
        List<Finding> findings = one("≥98%", "90%", "10", "8.00").audit(rule);
        assertEquals(1, findings.size());
        assertEquals("[9.1326, 9.2347]", findings.get(0).computed());
        assertEquals("实际/目标×分值 = 90/98×10", findings.get(0).formula());
    }

    @Test
    void notDoneScoresZero() {
        assertTrue(one("≥98%", "/", "2.00", "0.00").audit(rule).isEmpty());
        assertEquals("0.0000", one("≥98%", "/", "2.00", "1.00").audit(rule).get(0).computed());
    }

    @Test
    void equalityWithTargetZeroScoresFullOrNothing() {
        assertTrue(one("=0", "0", "5", "5").audit(rule).isEmpty());
        assertEquals(1, one("=0", "1", "5", "5").audit(rule).size());
        assertTrue(one("=0", "1", "5", "0").audit(rule).isEmpty());
    }

    @Test
    void metTargetsAndScoresAboveWeightAreLeftToOtherRules() {
        assertTrue(one("≥95%", "≥95%", "20", "19.00").audit(rule).isEmpty());
        assertTrue(one("≥98%", "100%", "10", "5").audit(rule).isEmpty());
        assertTrue(one("≥98%", "90%", "10", "12").audit(rule).isEmpty());
    }

    @Test
    void boundsThatDoNotImplyTheTargetAndUnitMismatchesAreNotComputed() {
        assertTrue(one("≥95%", "≤5%", "10", "0").audit(rule).isEmpty());
        assertTrue(one("≥95%", "≥90%", "10", "0").audit(rule).isEmpty());
        assertTrue(one("≤365.291元", "365.291万元", "5", "0").audit(rule).isEmpty());
        assertTrue(one("2024年4月", "2024年3月", "10", "5").audit(rule).isEmpty());
    }

    @Test
    void reverseTargetOfZeroMissedScoresZero() {
        assertEquals("0.00", one("≤0万元", "3万元", "5", "5").audit(rule).get(0).computed());
        assertTrue(one("≤0万元", "0", "0.00", "0.00").audit(rule).isEmpty());
    }

    @Test
    void qualitativeScoresMustLieInTheirBand() {
        assertTrue(one("好坏", "好", "10", "10").audit(rule).isEmpty());
        assertTrue(one("定性-好", "好", "10", "8.00").audit(rule).isEmpty());
        assertTrue(one("是", "否", "10", "5").audit(rule).isEmpty());
        assertTrue(one("是", "有所提升", "10", "2").audit(rule).isEmpty());

        List<Finding> low = one("好坏", "好", "10", "5").audit(rule);
        assertEquals(1, low.size());
        assertEquals(Severity.WARNING, low.get(0).severity());
        assertEquals("[8, 10]", low.get(0).computed());
        assertEquals("达成: 分值×[0.80, 1.00] = 10×[0.80, 1.00]", low.get(0).formula());

        List<Finding> partialFull = one("是", "较好", "10", "10").audit(rule);
        assertEquals(1, partialFull.size());
        assertEquals("[6, 8]", partialFull.get(0).computed());
    }

    @Test
    void aFamilysQualitativeBandsReplaceTheDefaultSixtyPercent() {
        Profile hubei = Profile.DEFAULT.withQualitativeBands(new BigDecimal("0.8"), new BigDecimal("0.5"));
        TestForm partly = one("是", "较好", "10", "5.5");

        assertTrue(partly.audit(rule, hubei).isEmpty());
        List<Finding> byDefault = partly.audit(rule);
        assertEquals(1, byDefault.size());
        assertEquals("[6.0, 8.0]", byDefault.get(0).computed());

        List<Finding> notAchieved = one("是", "否", "10", "5.5").audit(rule, hubei);
        assertEquals(1, notAchieved.size());
        assertEquals("[0.0, 5.0]", notAchieved.get(0).computed());
        assertEquals("未达成: 分值×[0.00, 0.50] = 10×[0.00, 0.50]", notAchieved.get(0).formula());
        assertTrue(one("是", "否", "10", "5.5").audit(rule).isEmpty());
    }
}
