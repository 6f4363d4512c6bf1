package ziping.read.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Message;
import ziping.model.Section;
import ziping.parse.ParsedForm;
import ziping.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * 年度总体目标 from box-ordered text (src/test/resources/text/goals, real text of generated forms): read exactly where
 * the text tells which text is the 预期目标 and which the 实际完成情况, else neither read and the goals reported (ZP007 on
 * the header, message {@code parse.ZP007.goals}); the other findings of the form stay as they were.
 */
class GoalTextsTest {
    private static final String DOUBT = "-";

    @ParameterizedTest
    @CsvSource({
        // pdfminer -M 40: two boxes of two lines end on one line: printed left first
        "m40-lo-8080-f000.txt, 保障各项业务正常开展，提升服务水平和群众满意度，完成设备采购和安装调试工作，确保按期投入使用。, "
                + "保障各项业务正常开展，提升服务水平和群众满意度。",
        // the left cell's one line beside the right cell's first, in one box
        "m40-lo-8080-f002.txt, 落实安全生产责任，防范化解重大风险。, 按照年度工作计划，完成系统运行维护和升级改造工作，"
                + "对接入的监测信息和视频信号作出监测预警、超限报警等警示信息，落实安全生产责任，防范化解重大风险。",
        // three lines then four: the shorter cell prints first whichever column it is (it is the right one here)
        "m40-lo-8080-f005.txt, -, -",
        // a box every few lines: ordered alike by top alignment with the columns swapped
        "m40-chromium-8080-f006.txt, -, -",
        "pymupdf-lo-5151-f006.txt, 对接入的监测信息和视频信号作出监测预警、超限报警等警示信息，按照年度工作计划，"
                + "完成系统运行维护和升级改造工作，加强数据共享和业务协同，提升管理精细化水平，落实安全生产责任，防范化解重大风险。, "
                + "保障各项业务正常开展，提升服务水平和群众满意度，对接入的监测信息和视频信号作出监测预警、超限报警等警示信息。",
        "pdfbox-chromium-8080-f059.txt, 按照年度工作计划，完成系统运行维护和升级改造工作。, 保障各项业务正常开展，"
                + "提升服务水平和群众满意度，开展专项培训和宣传活动，提高相关人员业务能力，按照年度工作计划，"
                + "完成系统运行维护和升级改造工作，完成设备采购和安装调试工作，确保按期投入使用。",
        "pdfbox-lo-71206-f001.txt, 完成设备采购和安装调试工作，确保按期投入使用。, 加强数据共享和业务协同，提升管理精细化水平，"
                + "按照年度工作计划，完成系统运行维护和升级改造工作，落实安全生产责任，防范化解重大风险，"
                + "保障各项业务正常开展，提升服务水平和群众满意度。",
        // two cells printed without a gap: where the one text splits is not told
        "pdfbox-lo-113029-f015.txt, -, -",
    })
    void goalsAreReadExactlyOrSaidToBeInDoubt(String file, String expected, String actual) throws Exception {
        SourceText text = TextGridsTest.text("/text/goals/" + file);
        List<ParsedForm> forms = TextForms.read(text);
        assertEquals(1, forms.size());
        Form form = forms.get(0).form();
        List<Finding> goals = forms.get(0).problems().stream()
                .filter(f -> f.section() == Section.HEADER && "ZP007".equals(f.rule())).toList();
        if (expected.equals(DOUBT)) {
            assertNull(form.expectedGoal());
            assertNull(form.actualResult());
            assertEquals(1, goals.size());
            assertEquals("年度总体目标", goals.get(0).label());
            assertNull(goals.get(0).row());
            assertEquals(Message.of("parse.ZP007.goals"), goals.get(0).message());
        } else {
            assertEquals(expected, form.expectedGoal());
            assertEquals(actual, form.actualResult());
            assertEquals(List.of(), goals);
        }
    }
}
