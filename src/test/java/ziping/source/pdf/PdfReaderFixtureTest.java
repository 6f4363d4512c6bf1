package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import ziping.source.SourceText;
import ziping.source.UnreadableInputException;

/** Cell-lines read from the LibreOffice-printed fixtures of src/test/fixtures/pdf/unit/make_unit_pdfs.py. */
class PdfReaderFixtureTest {

    static SourceText readFixture(String name) throws IOException, UnreadableInputException {
        try (InputStream in = PdfReaderFixtureTest.class.getResourceAsStream("/pdf/unit/" + name)) {
            return PdfReader.read(name, in.readAllBytes(), null).text();
        }
    }

    @Test
    void ruledFormBecomesOneLinePerRowWithMergedCellsStitchedOverThePageBreak() throws Exception {
        SourceText text = readFixture("form.pdf");

        assertEquals(List.of(
                "项目支出绩效自评表",
                "（2024年度）",
                "项目名称\t重点非煤矿山重大灾害风险防控系统建设服务",
                "主管部门\t北京市应急管理局\t实施单位\t北京市应急管理局机关",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t接入矿山数量\t≥3个\t3个\t10\t10",
                "\t\t建设视频智能辅助监管、重大违法行为智能识别分析等业务模块\t=6个\t6个\t10\t10",
                "\t质量指标\t系统验收合格率\t100%\t100%\t10\t10",
                "\t\t数据接入准确率\t≥98%\t99.5%\t10\t10",
                "\t\t故障响应时间\t≤24小时\t12小时\t5\t5",
                "\t\tMonitoring data standard\tfull coverage\tpartial\t5\t4.5",
                "满意度指标\t服务对象满意度指标\t用户满意度\t≥90%\t95%\t10\t10",
                "总分\t60\t59.5",
                "填表人：张三 联系电话：12345678"), text.lines());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2), text.pages());
        assertEquals(text.lines(), text.rawLines());
        assertEquals("form.pdf", text.path());
    }

    @Test
    void pageWithoutRulingsIsSplitIntoFieldsAtWideGaps() throws Exception {
        SourceText text = readFixture("stream.pdf");

        assertEquals(List.of(
                "项目资金（万元）",
                "年初预算数\t全年预算数\t全年执行数",
                "271.999360\t271.999360\t257.480000",
                "Budget execution rate\t94.66%",
                "一级指标（人员）"), text.lines());
        assertEquals(List.of(1, 1, 1, 1, 1), text.pages());
    }

    @Test
    void rawLinesKeepKangxiRadicalsThatLinesMapToIdeographs() throws Exception {
        SourceText text = readFixture("stream.pdf");

        assertEquals("\u2f00级指标（\u2f08员）", text.rawLines().get(4));
        assertEquals(text.lines().subList(0, 4), text.rawLines().subList(0, 4));
    }
}
