package ziping.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void aLineHoldingBothCellsASpaceApartIsSplitThere() {
        // PDFBox, seed 71206 f001 (LibreOffice): the left cell's only line and the right cell's first share a baseline
        String[] cells = GoalColumns.split(lines(
                "完成设备采购和安装调试工作，确保按期投入使用。 加强数据共享和业务协同，提升管理精细化水平",
                "，按照年度工作计划，完成系统运行维护和升级", "改造工作，落实安全生产责任，防范化解重大风",
                "险，保障各项业务正常开展，提升服务水平和群", "众满意度。"));
        assertArrayEquals(new String[] {"完成设备采购和安装调试工作，确保按期投入使用。",
                "加强数据共享和业务协同，提升管理精细化水平，按照年度工作计划，完成系统运行维护和升级改造工作，"
                        + "落实安全生产责任，防范化解重大风险，保障各项业务正常开展，提升服务水平和群众满意度。"}, cells);
    }

    @Test
    void twoSplitsThatWrapAlikeAndBothEndASentenceAreNotKnown() {
        // one line then two, or two lines then one: both cells wrap and end a sentence either way
        assertNull(GoalColumns.split(lines("甲乙丙丁戊己庚辛。", "子丑寅卯辰巳午未。", "申酉戌亥。")));
    }
}
