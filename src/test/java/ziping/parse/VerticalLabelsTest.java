package ziping.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerticalLabelsTest {

    private static List<Line> lines(String... texts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new Line(i + 1, texts[i]));
        }
        return lines;
    }

    @Test
    void labelsAtTheEndOfALongerRunAreDroppedAndTheDataBeforeThemKept() {
        assertEquals(List.of(new Line(1, "甲"), new Line(2, "乙"), new Line(6, "数据行内容")),
                VerticalLabels.drop(lines("甲", "乙", "续", "上", "页", "数据行内容")));
    }

    @Test
    void theFundingLabelIsKeptAsOneLineFromWhereItStarts() {
        assertEquals(List.of(new Line(1, "1"), new Line(2, "项目资金（万元）"), new Line(6, "年初预算数")),
                VerticalLabels.drop(lines("1", "项目", "资金", "（万", "元）", "年初预算数")));
    }

    @Test
    void aRepeatedLabelAndALabelSplitOverLinesAreDropped() {
        assertEquals(lines("前"), VerticalLabels.drop(lines("前", "绩", "效", "指", "标", "绩效", "指标")));
    }

    @Test
    void aRunOf100000ShortLinesIsKept() {
        List<Line> run = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            run.add(new Line(i + 1, "字"));
        }
        assertEquals(run, VerticalLabels.drop(run));
    }
}
