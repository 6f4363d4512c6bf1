package ziping.read.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines of a wrapped cell: every line but the last is full (cells of 71206 f059, Chromium, pdfminer -M 40). */
class LineBreaksTest {
    @Test
    void aCellsLinesAsPrintedAreFull() {
        // the name and the seven-line reason of row 2; 市局统⼀安 ends early because 排 may not leave its comma behind
        assertEquals(0, LineBreaks.shortLines(List.of("⼆级、三级安全等", "级测试图书采购服", "务次数")));
        assertEquals(0, LineBreaks.shortLines(List.of("还未做，根据", "市局统⼀安", "排，承建单位", "随时配合，部",
                "分点位因施⼯", "条件不具备未", "能实施。")));
        // an amount wraps before its unit, or after an ideograph of it
        assertEquals(0, LineBreaks.shortLines(List.of("≤111.87", "万元")));
        assertEquals(0, LineBreaks.shortLines(List.of("104.15万", "元")));
    }

    @Test
    void aLineAnotherCellsLineFollowsIsShort() {
        // 务次数 with the reason's 条件不具备未 after it; the reason with the next row's wider name line after it, which
        // leaves every line before it short
        assertEquals(1, LineBreaks.shortLines(List.of("⼆级、三级安全等", "级测试图书采购服", "务次数", "条件不具备未")));
        assertEquals(6, LineBreaks.shortLines(List.of("还未做，根据", "市局统⼀安", "排，承建单位", "随时配合，部",
                "分点位因施⼯", "能实施。", "各街道（乡镇）宣")));
        assertEquals(1, LineBreaks.shortLines(List.of("制建⽴", "公共厕所维护任务", "使⽤⼈员满意度")));
    }

    @Test
    void theFirstUnitKeepsClosingPunctuationAndRunsOfDigits() {
        assertEquals(4, LineBreaks.firstUnit("排，承建单位"));
        assertEquals(6, LineBreaks.firstUnit("104.15万"));
        assertEquals(6, LineBreaks.firstUnit("≥20.5%以上"));
        assertEquals(2, LineBreaks.firstUnit("务次数"));
    }
}
