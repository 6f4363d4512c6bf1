package ziping.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HanNormalizerTest {

    @Test
    void radicalsAndCompatibilityIdeographsBecomeUnifiedIdeographs() {
        assertEquals("一级指标", HanNormalizer.normalizeChars("\u2f00级指标"));
        assertEquals("小人", HanNormalizer.normalizeChars("\u2e8c\u2f08"));
        assertEquals("\u8c48", HanNormalizer.normalizeChars("\uf900"));
    }

    @Test
    void fullWidthDigitsAndPunctuationAreKept() {
        assertEquals("１２３，（万元）", HanNormalizer.normalizeChars("１２３，（万元）"));
    }

    @Test
    void cellTextDropsWhitespaceBetweenHanAndAroundCjkPunctuation() {
        assertEquals("产出指标", HanNormalizer.cellText("产 出\n指  标"));
        assertEquals("北京市，应急管理局（机关）", HanNormalizer.cellText("北京市 ， 应急管理局 （ 机关 ）"));
    }

    @Test
    void cellTextCollapsesOtherWhitespace() {
        assertEquals("Monitoring data standard", HanNormalizer.cellText("  Monitoring \t data\nstandard "));
        assertEquals("12.5 万元", HanNormalizer.cellText("12.5   万元"));
        assertEquals("", HanNormalizer.cellText(" \n "));
    }
}
