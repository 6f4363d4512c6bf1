package ziping.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Column boundaries of an indicator table page inferred from its header and its words. */
class IndicatorColumnsTest {
    private static final String ABOVE =
            "                                     年度指标值（ 实际完成值（                            偏差原因分析及改进";
    private static final String HEADER =
            "     一级指标     二级指标        三级指标                                 分值      得分";
    // The 二级 cells start three columns left of their header; the names right after them.
    private static final List<String> PAGE = List.of(
            "           服务对象满 局属各处室及事业单位用户满                                          口头满意度结果较好",
            "     满意度指标                               ≥95%        100%       10     8.00 ，后续采取问卷调查",
            "           意度指标 意度100%。                                                    等方式的满意度调查",
            "             经济成本指                     ≤200.2469万",
            "     成本指标          不超出项目预算                           199.13万元    20    20.00",
            "               标                           元");

    @Test
    void wordsAreCutIntoColumnsByWhereTheyStart() {
        List<List<Word>> page = PAGE.stream().map(Word::of).toList();
        IndicatorColumns columns = IndicatorColumns.of(Word.of(ABOVE), Word.of(HEADER), page);
        assertEquals(List.of(1, 2, 7), columnsOf(columns, page.get(0)));
        assertEquals(List.of(0, 3, 4, 5, 6, 7), columnsOf(columns, page.get(1)));
        assertEquals(List.of(1, 2, 7), columnsOf(columns, page.get(2)));
        assertEquals(List.of(1, 3), columnsOf(columns, page.get(3)));
        assertEquals(List.of(0, 2, 4, 5, 6), columnsOf(columns, page.get(4)));
        assertEquals(List.of(1, 3), columnsOf(columns, page.get(5)));
    }

    @Test
    void anAnchorLineHasNumbersUnder分值And得分() {
        List<List<Word>> page = PAGE.stream().map(Word::of).toList();
        IndicatorColumns columns = IndicatorColumns.of(Word.of(ABOVE), Word.of(HEADER), page);
        assertEquals(3, columns.anchorAt(page.get(1)));
        assertEquals(-1, columns.anchorAt(page.get(0)));
        assertEquals(3, columns.anchorAt(page.get(4)));
    }

    private static List<Integer> columnsOf(IndicatorColumns columns, List<Word> line) {
        int anchorAt = columns.anchorAt(line);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < line.size(); k++) {
            out.add(columns.columnOf(line, k, anchorAt));
        }
        return out;
    }
}
