package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.source.TextMarks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextLayoutTest {
    @Test
    void layoutIsDecidedByTabsOrByTheSpacedIndicatorHeader() {
        assertEquals(TextLayout.CELL_LINES, any("项目名称\t某项目", "一级指标\t二级指标\t三级指标"));
        assertEquals(TextLayout.COLUMNS, any("项目名称     某项目",
                "   一级指标    二级指标        三级指标                     分值     得分"));
        assertEquals(TextLayout.FLOWING, any("项目资金                    （万", "一级指标 二级指标 三级指标"));
    }

    @Test
    void everyGapOfTheHeaderMustBeWideAndAnyOccurrenceCounts() {
        assertEquals(TextLayout.FLOWING, any("一级指标    二级指标 三级指标"));
        assertEquals(TextLayout.FLOWING, any("一级指标  二级指标  四级指标"));
        assertEquals(TextLayout.COLUMNS, any("一级指标 说明 一级指标  二级指标   三级指标"));
    }

    @Test
    void wordsKeepTheirCharacterColumnAndIgnoreAPageBreak() {
        assertEquals(List.of(new Word(3, "产出指标"), new Word(11, "≥98%")), Word.of("\f   产出指标    ≥98%"));
    }

    @Test
    void onlyTheMarksTheDecoderSawAreLookedFor() {
        List<Line> header = lines("一级指标  二级指标  三级指标", "a\tb");
        assertEquals(TextLayout.CELL_LINES, TextLayout.of(header, TextMarks.UNKNOWN));
        assertEquals(TextLayout.COLUMNS, TextLayout.of(header, new TextMarks(false, false, 2)));
        assertEquals(TextLayout.FLOWING, TextLayout.of(header, new TextMarks(false, true, 1)));
    }

    private static TextLayout any(String... texts) {
        return TextLayout.of(lines(texts), TextMarks.UNKNOWN);
    }

    private static List<Line> lines(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length).mapToObj(i -> new Line(i + 1, texts[i])).toList();
    }
}
