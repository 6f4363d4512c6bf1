package ziping.read.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Labels whose wrapped parts went astray in layout text, mended by the label words. */
class LevelWordsTest {

    @Test
    void theBeginningOfOneKnownLabelOnlyIsThatLabel() {
        assertEquals("产出指标", LevelWords.mended("产出指"));
        assertEquals("可持续影响指标", LevelWords.mended("可持续影"));
        assertEquals("服务对象满意度指标", LevelWords.mended("服务对象"));
        assertEquals("社会效益指标", LevelWords.mended("社会效益"));
    }

    @Test
    void aLabelHoldingTheEndOfTheOneAboveLosesIt() {
        assertEquals("满意度指标", LevelWords.mended("标满意度指标"));
        assertEquals("效益指标", LevelWords.mended("指标效益指标"));
    }

    @Test
    void otherTextStaysAsItIs() {
        assertEquals("质量指标", LevelWords.mended("质量指标"));
        assertEquals("成本", LevelWords.mended("成本"));
        assertEquals("满意", LevelWords.mended("满意"));
        assertEquals("巡查次数", LevelWords.mended("巡查次数"));
    }

    @Test
    void labelBeginningsAndLoneEnds() {
        assertTrue(LevelWords.beginsLabel("产出指"));
        assertFalse(LevelWords.beginsLabel("产出指效益指标"));
        assertTrue(LevelWords.isLabelEnd("标"));
        assertTrue(LevelWords.isLabelEnd("响指标"));
        assertFalse(LevelWords.isLabelEnd("质量指标"));
    }
}
