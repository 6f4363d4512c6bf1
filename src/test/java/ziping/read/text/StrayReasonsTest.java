package ziping.read.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.grid.GridCell;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrayReasonsTest {
    /** Reason cells seen filled by pdfminer -M 40 (LibreOffice) with labels or a repeated header. */
    @ParameterizedTest
    @ValueSource(strings = {"一级指产出指标标", "满意度指标服务对象满意度指标", "产出指", "绩效指标成本指", "标",
            "指标服务对象满意度指标", "一级指标二级指标三级指标年度指标值实际完成值分值得分未完成原因分析产出指标",
            "年度指标值偏差原因分析及改进措施绩（A）效指标", "社会效益指"})
    void labelAndColumnWordsAreNoReason(String text) {
        assertTrue(StrayReasons.isWords(text), text);
        assertFalse(StrayReasons.isFigure(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24个工作日", "2021年11月5日", "≤70.38万元"})
    void aFigureIsNoReason(String text) {
        assertTrue(StrayReasons.isFigure(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "无", "-", "资金未到位", "受疫情影响，部分培训活动延期举办。", "数量未达标",
            "年度指标设置偏高，今后将科学合理设置绩效目标。", "评估任务场次", "社区卫生服务中心设备采购项目质量"})
    void reasonsAndOtherTextAreKept(String text) {
        assertFalse(StrayReasons.isWords(text) || StrayReasons.isFigure(text), text);
    }

    /** Label words: the reason in doubt (ZP008); a figure: the row's text in doubt (ZP007). */
    @Test
    void aStrayReasonIsMarked() {
        List<TextRow> rows = List.of(
                new TextRow(1, true, List.of("一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分",
                        "未完成原因分析")),
                new TextRow(2, true, List.of("产出指标", "数量指标", "培训人数", "≥100人", "120人", "30", "30", "")),
                new TextRow(4, true, List.of("培训合格率", "≥95%", "90%", "40", "37.89", "满意度指标服务对象满意度指标")),
                new TextRow(6, true, List.of(GridCell.VALUES_ON_LINE + "教学水平", "有所提升", "有所提升", "30", "30",
                        "24个工作日")),
                new TextRow(8, true, List.of("总分", "", "", "100", "97.89", "")));
        List<TextRow> marked = StrayReasons.marked(rows);
        assertEquals(rows.subList(0, 2), marked.subList(0, 2));
        assertEquals(List.of("培训合格率", "≥95%", "90%", "40", "37.89", GridCell.REASON_IN_DOUBT + "满意度指标服务对象满意度指标"),
                marked.get(2).cells());
        assertEquals(GridCell.VALUES_ON_LINE + GridCell.TEXT_IN_DOUBT + "教学水平", marked.get(3).cells().get(0));
        assertEquals(rows.get(4), marked.get(4));
    }
}
