package ziping.read.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A box holding two wrapped level labels side by side, their shared line joined by pdfminer {@code -M 40}. */
class SideBySideLabelsTest {
    @Test
    void theLinesAboveAndBelowTheSharedLineGoWithTheCellTheyMakeALabelOf() {
        assertEquals(List.of(new SideBySideLabels.Part(0, List.of("满意度", "指标")),
                        new SideBySideLabels.Part(1, List.of("服务对", "象满意", "度指标"))),
                SideBySideLabels.of(List.of("满意度", "指标 服务对", "象满意", "度指标")));
    }

    @Test
    void aLabelsTailOnTheSharedLineIsLeftOut() {
        assertEquals(List.of(new SideBySideLabels.Part(0, List.of("服务对象满", "意度指标"))),
                SideBySideLabels.of(List.of("标 服务对象满", "意度指标")));
    }

    @Test
    void aBoxThatIsNotTwoLabelsIsLeftWhole() {
        assertNull(SideBySideLabels.of(List.of("产出指标 时效指标")));
        assertNull(SideBySideLabels.of(List.of("按照年度工作计划 要求", "完成率")));
        assertNull(SideBySideLabels.of(List.of("标 服务对象满", "意度指标 社会效益", "指标")));
        assertNull(SideBySideLabels.of(List.of("效益指标 社会效益指标 名称", "甲")));
    }
}
