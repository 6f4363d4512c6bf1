package ziping.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HanNormalizerTest {

    @Test
    void kangxiRadicalsBecomeUnifiedIdeographs() {
        assertEquals("一级指标", HanNormalizer.normalizeChars("⼀级指标"));
        assertEquals("产出指标 目标", HanNormalizer.normalizeChars("产出指标 ⽬标"));
        assertEquals("⼀".length(), HanNormalizer.normalizeChars("⼀").length());
    }

    @Test
    void cjkRadicalsSupplementUsesEquivalentUnifiedIdeographData() {
        assertEquals("\u5382", HanNormalizer.normalizeChars("\u2E81"));
        assertEquals("\u5C0F\u5C0F", HanNormalizer.normalizeChars("\u2E8C\u2E8D"));
    }

    @Test
    void compatibilityIdeographsBecomeTheirNfcForm() {
        assertEquals("\u8C48", HanNormalizer.normalizeChars("\uF900"));
        assertEquals("更", HanNormalizer.normalizeChars("\uF901"));
    }

    @Test
    void otherCharactersAndPositionsStay() {
        String line = "年度资金总额 271.999360  （万元）％ ≥98%";
        assertEquals(line, HanNormalizer.normalizeChars(line));
    }

    @Test
    void cellTextDropsSpacesExtractorsInsertedBetweenHanAndBeforePunctuation() {
        assertEquals("工作任务上完成国家应急管理部涉爆粉尘企业监测联网相关要求。",
                HanNormalizer.cellText("工作任务上完成国家\n应急管理部涉爆粉尘企业监测联网相关要求 。"));
        assertEquals("项目资金（万元）", HanNormalizer.cellText("项目资金                    （万\n元）"));
        assertEquals("系统运维服务", HanNormalizer.cellText("系 统 运 维\n服 务"));
    }

    @Test
    void cellTextDropsSpacesNextToAnyHanCharacterAndCollapsesTheRest() {
        assertEquals("≥98 % GIS平台", HanNormalizer.cellText("  ≥98   %\tGIS   平台 "));
        assertEquals("北京市2024年", HanNormalizer.cellText("北京市\u3000\u30002024年"));
        assertEquals("于2024年12月24日签订合同。", HanNormalizer.cellText("于2024年12\n月24日签订合同。"));
        assertEquals("≤27.5万元", HanNormalizer.comparisonKey("≤２７．５ 万元"));
    }

    @Test
    void cellTextTreatsSupplementaryIdeographsAsHan() {
        assertEquals("\uD840\uDC00a", HanNormalizer.cellText("\uD840\uDC00 a"));
        assertEquals("a\uD840\uDC00", HanNormalizer.cellText("a \n\uD840\uDC00"));
        assertEquals("a b", HanNormalizer.cellText("a \n b"));
        assertEquals("\u3400a", HanNormalizer.cellText("\u3400 a"));
    }

    @Test
    void comparisonKeyFoldsFullWidthForms() {
        assertEquals("(2024年度)", HanNormalizer.comparisonKey("（２０２４年度）"));
        assertEquals("≤27.5万元", HanNormalizer.comparisonKey(" ≤２７．５万元 "));
        assertEquals("100%", HanNormalizer.comparisonKey("１００％"));
    }
}
