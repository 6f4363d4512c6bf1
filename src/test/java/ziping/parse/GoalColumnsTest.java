package ziping.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class GoalColumnsTest {

    private static List<Line> lines(String... texts) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Line(i + 1, texts[i]));
        }
        return out;
    }

    @Test
    void aBlankLineSeparatesTheTwoCells() {
        assertArrayEquals(new String[] {"甲乙丙。", "丁戊。"}, GoalColumns.split(lines("甲乙", "丙。", "", "丁戊。")));
    }

    @Test
    void withoutABlankLineTheCellsSplitWhereTheWrapWidthChanges() {
        // PDFTextStripper: the left cell wraps at 12 characters, the right one at 8; the left ends a sentence.
        String[] cells = GoalColumns.split(lines(
                "通过公开招标方式开展指挥信息", "网建设支撑国债项目应急指挥视", "频系统提高能力。",
                "开展指挥信息网建设支", "撑国债项目应急指挥视", "频系统。"));
        assertArrayEquals(new String[] {"通过公开招标方式开展指挥信息网建设支撑国债项目应急指挥视频系统提高能力。",
                "开展指挥信息网建设支撑国债项目应急指挥视频系统。"}, cells);
    }

    @Test
    void whenTheFirstCellsLastLineIsFullItStillEndsAtItsSentence() {
        String[] cells = GoalColumns.split(lines(
                "通过公开招标方式开展指挥信息", "网建设支撑国债项目提高能力。",
                "开展指挥信息网建设支", "撑国债项目应急指挥视", "频系统。"));
        assertArrayEquals(new String[] {"通过公开招标方式开展指挥信息网建设支撑国债项目提高能力。",
                "开展指挥信息网建设支撑国债项目应急指挥视频系统。"}, cells);
    }
}
