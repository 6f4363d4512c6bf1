package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.read.text.Boxes.Box;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 总分 row of box-ordered text whose 分值 wrapped: a wrapped box prints after a one-line one wherever it stands. */
class BoxIndicatorsTest {
    private static final List<Box> HEADER = List.of(
            box(1, "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"));
    private static final List<Box> BODY = List.of(
            box(3, "产出指标 数量指标 名称甲 ≥95% 97% 60.00 58.00"),
            box(5, "效益指标 社会效益指标 名称乙 ≥90% 92% 30.00 30.00"));

    private static Box box(int line, String... lines) {
        return new Box(line, 1, List.of(lines), false);
    }

    private static List<String> total(BigDecimal funding, Box... after) {
        BoxIndicators table = BoxIndicators.of(HEADER, BODY);
        table.rows();
        List<Box> boxes = new java.util.ArrayList<>(List.of(box(7, "总分 88.00")));
        boxes.addAll(List.of(after));
        return table.total(boxes, funding).cells();
    }

    @Test
    void theWrappedNumberTheRows分值AddUpToWithTheFundings分值IsThe分值() {
        assertEquals(List.of("总分", "", "", "", "", "100.00", "88.00", ""),
                total(new BigDecimal("10.00"), box(9, "100.0", "0")));
    }

    @Test
    void theOneLineNumberTheRows分值AddUpToIsThe分值() {
        // 90 and 88.5 (wrapped as 88. / 5): the 分值 stands first in the text, the 得分 after it.
        BoxIndicators table = BoxIndicators.of(HEADER, BODY);
        table.rows();
        assertEquals(List.of("总分", "", "", "", "", "90", "88.5", ""),
                table.total(List.of(box(7, "总分 90"), box(9, "88.", "5")), null).cells());
    }

    @Test
    void numbersTheRowsDoNotAddUpToStayInOneCell() {
        assertEquals(List.of("总分", "", "", "", "", "88.00 100.00", "", ""), total(null, box(9, "100.0", "0")));
    }
}
