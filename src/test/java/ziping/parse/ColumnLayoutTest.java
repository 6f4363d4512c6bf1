package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A small hand-made form in column-aligned layout text, as pdftotext -layout prints it, read to the model. */
class ColumnLayoutTest {
    private static final List<String> FORM = List.of(
            at(32, "项目支出绩效自评表"),
            at(35, "（2024年度）"),
            at(1, "项目名称", 10, "某项目"),
            at(1, "主管部门", 10, "某局", 50, "实施单位", 60, "某中心"),
            at(37, "全年预算数（", 44, "全年执行数（"),
            at(22, "年初预算数", 63, "分值", 70, "执行率", 81, "得分"),
            at(39, "A）", 46, "B）"),
            at(69, "100.00"),
            at(0, "项目", 3, "年度资金总额", 22, "110.84", 37, "110.57", 50, "110.57", 63, "10"),
            at(71, "%"),
            at(81, "10.00"),
            at(0, "资金"),
            at(0, "（万", 3, "其中：当年财政拨款", 28, "-", 41, "-", 54, "-", 64, "-", 71, "-", 82, "_"),
            at(0, "元）"),
            at(21, "预期目标", 67, "实际完成情况"),
            at(0, "年度", 5, "依托北京市电子政务云平台，按照市", 40, "通过采购政务云平台计算服务"),
            at(0, "总体", 5, "政府采购集中采购目录", 16, "和结果。", 40, "，提供环境。"),
            at(0, "目标"),
            at(37, "年度指标值（", 44, "实际完成值（", 78, "偏差原因分析及改进"),
            at(3, "一级指标", 11, "二级指标", 23, "三级指标", 63, "分值", 70, "得分"),
            at(39, "A）", 46, "B）", 81, "措施"),
            at(11, "经济成本指", 37, "≤200.2469万"),
            at(3, "成本指标", 18, "不超出项目预算", 49, "199.13万元", 63, "20", 70, "20.00"),
            at(13, "标", 40, "元"),
            "",
            at(75, "还未做，根据市局统"),
            at(11, "质量指标", 18, "二级、三级安全等测试通过率", 37, "≥98%", 50, "/", 63, "2.00", 70, "0.00", 75, "时配合。"),
            at(26, "总分", 58, "100.00", 65, "97.47"));

    @Test
    void wrappedCellsAndVerticalLabelsReadAsTheirRows() {
        Form form = parse(FORM).get(0).form();
        assertEquals("某项目", form.project());
        assertEquals("某局", form.department());
        assertEquals("万元", form.fundingUnit());
        FundingRow total = form.funding().get(0);
        assertEquals(List.of("110.84", "110.57", "110.57", "10", "100.00%", "10.00"), List.of(total.initialBudget().raw(),
                total.budget().raw(), total.executed().raw(), total.weight().raw(), total.rate().raw(),
                total.score().raw()));
        assertEquals("当年财政拨款", form.funding().get(1).label());
        assertEquals("_", form.funding().get(1).score().raw());
        assertEquals("依托北京市电子政务云平台，按照市政府采购集中采购目录和结果。", form.expectedGoal());
        assertEquals("通过采购政务云平台计算服务，提供环境。", form.actualResult());
        Indicator cost = form.indicators().get(0);
        assertEquals(List.of("成本指标", "经济成本指标", "不超出项目预算", "≤200.2469万元", "199.13万元", "20", "20.00", ""),
                List.of(cost.level1(), cost.level2(), cost.name(), cost.target().raw(), cost.actual().raw(),
                        cost.weight().raw(), cost.score().raw(), cost.reason()));
        Indicator deducted = form.indicators().get(1);
        assertEquals(List.of("质量指标", "二级、三级安全等测试通过率", "/", "还未做，根据市局统时配合。"),
                List.of(deducted.level2(), deducted.name(), deducted.actual().raw(), deducted.reason()));
        assertEquals("97.47", form.total().score().raw());
    }

    @Test
    void aFormWhoseHeaderLacksAColumnWordPassesUnconverted() {
        List<String> lines = new ArrayList<>(FORM);
        lines.set(19, at(3, "一级指标", 11, "二级指标", 23, "三级指标", 70, "得分"));
        List<ParsedForm> forms = parse(lines);
        assertEquals(1, forms.size());
        assertEquals("某项目", forms.get(0).form().project());
    }

    private static List<ParsedForm> parse(List<String> lines) {
        return FormParser.parse(new SourceText("layout", lines, lines, List.of()));
    }

    /** A line with each text placed at its character column: at(column, text, column, text, ...). */
    private static String at(Object... placed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < placed.length; i += 2) {
            int column = (Integer) placed[i];
            while (sb.length() < column) {
                sb.append(' ');
            }
            sb.append(placed[i + 1]);
        }
        return sb.toString();
    }
}
