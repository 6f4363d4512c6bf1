package ziping.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.result.FormResult;
import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.model.Comparator;
import ziping.model.FigureKind;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.MeasureKind;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Skipped;
import ziping.parse.ParsedForm;
import ziping.rules.Auditor;
import ziping.rules.Profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading forms from grids of every layout variant: labels, headers, merges, empty and colon cells, titles. */
class FormReaderTest {

    /** A form of the seeds' template (CN-A, Beijing 2024) with the words a test wants to vary. */
    private static final class Layout {
        String title = "项目支出绩效自评表";
        String year = "（2024年度）";
        String totalLabel = "年度资金总额";
        String currentLabel = "其中：当年财政拨款";
        String budget = "全年预算数（A）";
        String executed = "全年执行数（B）";
        String rate = "执行率";
        String target = "年度指标值";
        String actual = "实际完成值";
        String weight = "分值";
        String score = "得分";
        String reason = "偏差原因分析及改进措施";
        String level1Cells = "产出指标@r3";
        String[] indicatorRows = {
            "数量指标 ¦ 培训人次 ¦ ≥100人次 ¦ 120人次 ¦ 30 ¦ 30 ¦ ",
            "质量指标 ¦ 验收合格率 ¦ ≥98% ¦ 90% ¦ 30 ¦ 27.55 ¦ 部分设备延期验收",
            "时效指标 ¦ 完成时间 ¦ 2024年12月 ¦ 2024年11月 ¦ 30 ¦ 30 ¦ "};

        Grid grid() {
            List<String> lines = new ArrayList<>(List.of(
                    "> " + title,
                    "> " + year,
                    "项目名称 ¦ 应急培训项目@c8",
                    "主管部门 ¦ 北京市某局@c3 ¦ 实施单位 ¦ 北京市某中心@c4",
                    "项目资金（万元）@r4 ¦ @c2 ¦ 年初预算数 ¦ " + budget + " ¦ " + executed + " ¦ 分值 ¦ " + rate
                            + " ¦ 得分",
                    totalLabel + "@c2 ¦ 100.00 ¦ 100.00 ¦ 90.00 ¦ 10 ¦ 90.00% ¦ 9.00",
                    currentLabel + "@c2 ¦ 100.00 ¦ 100.00 ¦ 90.00 ¦ - ¦ 90.00% ¦ -",
                    "其他资金@c2 ¦ - ¦ - ¦ - ¦ - ¦ - ¦ -",
                    "年度总体目标@r2 ¦ 预期目标@c4 ¦ 实际完成情况@c4",
                    "完成培训。@c4 ¦ 已完成培训。@c4",
                    "绩效指标@r" + (indicatorRows.length + 1) + " ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ " + target + " ¦ "
                            + actual + " ¦ " + weight + " ¦ " + score + " ¦ " + reason));
            for (int i = 0; i < indicatorRows.length; i++) {
                lines.add((i == 0 ? level1Cells + " ¦ " : "") + indicatorRows[i]);
            }
            lines.add("总分@c6 ¦ 100 ¦ 96.55 ¦ ");
            return TestGrid.of(lines.toArray(String[]::new));
        }
    }

    private static Form only(Grid grid) {
        List<ParsedForm> forms = FormReader.read(grid);
        assertEquals(1, forms.size());
        return forms.get(0).form();
    }

    @Test
    void theSeedLayoutReadsEveryField() {
        ParsedForm parsed = FormReader.read(new Layout().grid()).get(0);
        Form form = parsed.form();

        assertEquals(List.of(), parsed.problems());
        assertEquals("2024", form.year());
        assertEquals("应急培训项目", form.project());
        assertEquals("北京市某局", form.department());
        assertEquals("北京市某中心", form.unit());
        assertEquals("万元", form.fundingUnit());
        assertEquals(List.of("年度资金总额", "当年财政拨款", "其他资金"), form.funding().stream().map(FundingRow::label).toList());
        assertEquals(List.of(FundingRole.TOTAL, FundingRole.CURRENT, FundingRole.OTHER),
                form.funding().stream().map(FundingRow::role).toList());
        FundingRow total = form.fundingTotal();
        assertEquals(new BigDecimal("90.00"), total.executed().value());
        assertEquals("90.00%", total.rate().raw());
        assertEquals(FigureKind.NOT_APPLICABLE, form.funding().get(1).weight().kind());
        assertEquals("完成培训。", form.expectedGoal());
        assertEquals("已完成培训。", form.actualResult());
        assertEquals(List.of("产出指标", "产出指标", "产出指标"), form.indicators().stream().map(Indicator::level1).toList());
        assertEquals(List.of("数量指标", "质量指标", "时效指标"), form.indicators().stream().map(Indicator::level2).toList());
        Indicator second = form.indicators().get(1);
        assertEquals("验收合格率", second.name());
        assertEquals(Comparator.GE, second.target().comparator());
        assertEquals(new BigDecimal("98"), second.target().number());
        assertEquals(new BigDecimal("27.55"), second.score().value());
        assertEquals("部分设备延期验收", second.reason());
        assertEquals(MeasureKind.DATE, form.indicators().get(2).target().kind());
        assertEquals("100", form.total().weight().raw());
        assertEquals("96.55", form.total().score().raw());
    }

    @ParameterizedTest
    @CsvSource({"年度资金总额, 其中：当年财政拨款", "资金总额, 本年财政拨款", "总额, 其中:财政资金", "年度资金总额:, 其中： 当年财政拨款"})
    void fundingRowLabelsOfEveryWordingGetTheirRoles(String total, String current) {
        Layout layout = new Layout();
        layout.totalLabel = total;
        layout.currentLabel = current;
        Form form = only(layout.grid());

        assertEquals(List.of(FundingRole.TOTAL, FundingRole.CURRENT, FundingRole.OTHER),
                form.funding().stream().map(FundingRow::role).toList());
        assertEquals(new BigDecimal("9.00"), form.fundingTotal().score().value());
    }

    @ParameterizedTest
    @CsvSource({
        "全年预算数（A）, 全年执行数（B）, 执行率, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施",
        "调整后预算数, 预算执行数, 预算执行率, 指标值, 完成值, 权重, 自评得分, 未完成原因分析",
        "预算数(A), 执行数(B), 执行率(B/A), 年初目标值(A), 全年实际值, 指标分值, 得分, 未完成原因及拟采取的改进措施",
        "全年预算数, 全年执行数, 执行率（B/A）, 预期指标值, 实际完成值（B）, 分值, 得分, 偏差原因分析"})
    void columnsTakeTheirRoleFromHeaderSynonyms(String budget, String executed, String rate, String target,
                                                String actual, String weight, String score, String reason) {
        Layout layout = new Layout();
        layout.budget = budget;
        layout.executed = executed;
        layout.rate = rate;
        layout.target = target;
        layout.actual = actual;
        layout.weight = weight;
        layout.score = score;
        layout.reason = reason;
        Form form = only(layout.grid());

        assertEquals(new BigDecimal("100.00"), form.fundingTotal().budget().value());
        assertEquals(new BigDecimal("90.00"), form.fundingTotal().executed().value());
        Indicator second = form.indicators().get(1);
        assertEquals("≥98%", second.target().raw());
        assertEquals("90%", second.actual().raw());
        assertEquals(new BigDecimal("30"), second.weight().value());
        assertEquals("部分设备延期验收", second.reason());
    }

    @Test
    void anEmptyCellKeepsItsColumn() {
        Layout layout = new Layout();
        layout.indicatorRows[1] = "质量指标 ¦ 验收合格率 ¦ ≥98% ¦  ¦ 30 ¦ 27.55 ¦ 部分设备延期验收";
        Indicator second = only(layout.grid()).indicators().get(1);

        assertEquals(MeasureKind.EMPTY, second.actual().kind());
        assertEquals(new BigDecimal("30"), second.weight().value());
        assertEquals(new BigDecimal("27.55"), second.score().value());
        assertEquals("部分设备延期验收", second.reason());
    }

    /**
     * A repeated header row that holds a row's numbers under 分值 and 得分 (a text converter took a page's header and the
     * row beside it for one row, LibreOffice pdftotext): not read, and said so (ZP003), so the weights are not summed
     * without it. Until this the row was dropped as a header and ZP301 fired on a clean form.
     */
    @Test
    void aRepeatedHeaderRowHoldingARowsNumbersIsAParseFinding() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ 测试@c7",
                "主管部门 ¦ 某局@c3 ¦ 实施单位 ¦ 某中心@c3",
                "项目资金 ¦ 年初预算数 ¦ 全年预算数 ¦ 全年执行数 ¦ 分值 ¦ 执行率 ¦ 得分",
                "年度资金总额 ¦ 10 ¦ 10 ¦ 10 ¦ 10 ¦ 100% ¦ 10",
                "一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                "产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 84 ¦ 84 ¦ ",
                "效益指标 ¦ 社会效益二级指标 ¦ 三级指标受益人次 ¦ 指标值180万人次 ¦ 完成值190万人次 ¦ 分值 6.00 ¦ 6.00 ¦ 原因",
                "总分@c5 ¦ 100 ¦ 100 ¦ ");
        ParsedForm parsed = FormReader.read(grid).get(0);

        assertEquals(List.of("次数"), parsed.form().indicators().stream().map(Indicator::name).toList());
        assertEquals(List.of("ZP003 1"), parsed.problems().stream().map(f -> f.rule() + " " + f.row()).toList());
    }

    @Test
    void aColonInACellOfItsOwnIsNoValueAndNoLabel() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ ： ¦ 测试@c7",
                "项目资金 ¦  ¦  ¦ 年初预算数 ¦ 全年预算数 ¦ 全年执行数 ¦ 分值 ¦ 执行率 ¦ 得分",
                " ¦ 年度资金总额 ¦ ： ¦ 10 ¦ 10 ¦ 10 ¦ 10 ¦ 100% ¦ 10",
                "绩效指标 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                " ¦ 产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 90 ¦ 90 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");
        Form form = only(grid);

        assertEquals("测试", form.project());
        assertEquals("年度资金总额", form.fundingTotal().label());
        assertEquals(new BigDecimal("10"), form.fundingTotal().initialBudget().value());
    }

    @Test
    void aProjectNameLongerThanAnyLabelIsStillTheValue() {
        String project = "51846919R800641444209-江岸区非物质文化遗产保护中心系统建设服务";
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ " + project + "@c8",
                "项目资金 ¦  ¦ 年初预算数 ¦ 全年预算数 ¦ 全年执行数 ¦ 分值 ¦ 执行率 ¦ 得分",
                " ¦ 年度资金总额 ¦ 10 ¦ 10 ¦ 10 ¦ 10 ¦ 100% ¦ 10",
                "绩效指标 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                " ¦ 产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 90 ¦ 90 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");

        assertEquals(42, project.length());
        assertEquals(project, only(grid).project());
    }

    @Test
    void separateComparatorValueAndUnitColumnsJoinIntoOneMeasure() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表",
                "> （2023年度）",
                "项目名称 ¦ 测试@c9",
                "主管部门 ¦ 某厅@c9",
                "绩效指标 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标性质 ¦ 指标值 ¦ 度量单位 ¦ 实际完成值 ¦ 分值 ¦ 得分",
                " ¦ 产出指标 ¦ 数量指标 ¦ 新建道路 ¦ ≥ ¦ 1290.3 ¦ 平方米 ¦ 1300 ¦ 45 ¦ 45",
                " ¦ 效益指标 ¦ 满意度 ¦ 群众满意度 ¦ 定性 ¦ 优良中低差 ¦  ¦ 优 ¦ 45 ¦ 45",
                "总分@c8 ¦ 90 ¦ 90");
        List<Indicator> rows = only(grid).indicators();

        assertEquals(Comparator.GE, rows.get(0).target().comparator());
        assertEquals(new BigDecimal("1290.3"), rows.get(0).target().number());
        assertEquals("平方米", rows.get(0).target().unit());
        assertEquals(MeasureKind.QUALITATIVE, rows.get(1).target().kind());
    }

    @Test
    void fourCharacterUnitsAreUnitsAndQualitativePhrasesStayInTheirRow() {
        Layout layout = new Layout();
        layout.indicatorRows = new String[] {
            "时效指标 ¦ 办理时限 ¦ ≤3个工作日 ¦ 2个工作日 ¦ 30 ¦ 30 ¦ ",
            "质量指标 ¦ 建设成效 ¦ 达成年度指标 ¦ 显著提升 ¦ 30 ¦ 30 ¦ ",
            "数量指标 ¦ 补助标准 ¦ ≤5300元/户 ¦ 5000元/户 ¦ 30 ¦ 26.55 ¦ 标准调整"};
        List<Indicator> rows = only(layout.grid()).indicators();

        assertEquals(3, rows.size());
        assertEquals(MeasureKind.NUMBER, rows.get(0).target().kind());
        assertEquals("个工作日", rows.get(0).target().unit());
        assertEquals(Comparator.LE, rows.get(0).target().comparator());
        assertEquals(MeasureKind.QUALITATIVE, rows.get(1).target().kind());
        assertEquals("达成年度指标", rows.get(1).target().text());
        assertEquals("显著提升", rows.get(1).actual().text());
        assertEquals("建设成效", rows.get(1).name());
        assertEquals("元/户", rows.get(2).target().unit());
        assertEquals("补助标准", rows.get(2).name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "项目支出绩效自评表 | （2024年度） | 2024",
        "北京市朝阳区应急管理局项目支出绩效自评表 | (2024年度) | 2024",
        "部门预算项目支出绩效自评表(2023年度) | 填报日期： | 2023",
        "2022年度项目支出绩效目标自评表 | 单位：万元 | 2022",
        "附件2    项目支出绩效自评表    （2021年度） | | 2021"})
    void titlesOfEveryVariantStartAForm(String title, String second, String year) {
        Layout layout = new Layout();
        layout.title = title;
        layout.year = second == null ? "" : second;
        Form form = only(layout.grid());

        assertEquals(year, form.year());
        assertEquals(3, form.indicators().size());
    }

    @Test
    void aTitleRepeatedAsAPageHeaderDoesNotSplitTheForm() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表",
                "> 项目支出绩效自评表",
                "项目名称 ¦ 甲@c8",
                "绩效指标 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                " ¦ 产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 90 ¦ 90 ¦ ",
                "+++",
                "> 项目支出绩效自评表",
                " ¦  ¦  ¦ 人数 ¦ ≥1人 ¦ 1人 ¦ 10 ¦ 10 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ",
                "> 项目支出绩效自评表",
                "项目名称 ¦ 乙@c8",
                "绩效指标 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                " ¦ 产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 100 ¦ 100 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");
        List<ParsedForm> forms = FormReader.read(grid);

        assertEquals(List.of("甲", "乙"), forms.stream().map(p -> p.form().project()).toList());
        List<Indicator> first = forms.get(0).form().indicators();
        assertEquals(List.of("次数", "人数"), first.stream().map(Indicator::name).toList());
        assertEquals(List.of("数量指标", "数量指标"), first.stream().map(Indicator::level2).toList());
    }

    @Test
    void anEmptyLevel2CellOfItsOwnHasNoLabelButALabelCutByAPageBreakIsJoined() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ 甲@c8",
                "绩效指标@r6 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                "产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 30 ¦ 30 ¦ ",
                "产出指标 ¦  ¦ 人数 ¦ ≥1人 ¦ 1人 ¦ 30 ¦ 30 ¦ ",
                "满意度指@r1 ¦ 服务对象满意度@r1 ¦ 满意度 ¦ ≥90% ¦ 95% ¦ 20 ¦ 20 ¦ ",
                "+++",
                "标@r2 ¦ 指标@r2 ¦ 投诉率 ¦ ≤1% ¦ 0.5% ¦ 10 ¦ 10 ¦ ",
                " ¦ 回访率 ¦ ≥90% ¦ 95% ¦ 10 ¦ 10 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");
        List<Indicator> rows = only(grid).indicators();

        assertEquals(List.of("产出指标", "产出指标", "满意度指标", "满意度指标", "满意度指标"),
                rows.stream().map(Indicator::level1).toList());
        assertEquals(List.of("数量指标", "", "服务对象满意度指标", "服务对象满意度指标", "服务对象满意度指标"),
                rows.stream().map(Indicator::level2).toList());
    }

    @Test
    void aLevel2LabelWhoseSecondPartFallsOnALaterRowOfTheNextPageIsJoined() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ 甲@c8",
                "绩效指标@r3 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                "产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 60 ¦ 60 ¦ ",
                "效益指标@r1 ¦ 可持续影响@r1 ¦ 使用年限 ¦ ≥5年 ¦ 5年 ¦ 10 ¦ 10 ¦ ",
                "+++",
                " ¦  ¦  ¦ 运行年限 ¦ ≥5年 ¦ 5年 ¦ 10 ¦ 10 ¦ ",
                " ¦  ¦ 指标 ¦ 持续发挥作用 ¦ 好 ¦ 好 ¦ 10 ¦ 10 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");
        List<Indicator> rows = only(grid).indicators();

        assertEquals(List.of("数量指标", "可持续影响指标", "可持续影响指标", "可持续影响指标"),
                rows.stream().map(Indicator::level2).toList());
        assertEquals(List.of("产出指标", "效益指标", "效益指标", "效益指标"), rows.stream().map(Indicator::level1).toList());
    }

    @Test
    void aReasonCutByAPageBreakContinuesTheRowAbove() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ 甲@c8",
                "绩效指标@r4 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 偏差原因分析及改进措施",
                "产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 80 ¦ 80 ¦ ",
                "满意度指标@r2 ¦ 服务对象满意度指标@r2 ¦ 满意度 ¦ ≥90% ¦ 80% ¦ 10 ¦ 8.89 ¦ 后续将优化资金使用计划，提高预算执行",
                "+++",
                " ¦  ¦  ¦  ¦  ¦ 精准度。",
                "总分@c6 ¦ 100 ¦ 98.89 ¦ ");
        List<Indicator> rows = only(grid).indicators();

        assertEquals(List.of("次数", "满意度"), rows.stream().map(Indicator::name).toList());
        assertEquals("后续将优化资金使用计划，提高预算执行精准度。", rows.get(1).reason());
    }

    @Test
    void aLevel1LabelAndItsPointsCutApartByAPageBreakAreJoined() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ 甲@c8",
                "绩效指标@r4 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                "产出指标(90分) ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 90 ¦ 90 ¦ ",
                "满意度指标 ¦ 服务对象满意度指标 ¦ 满意度 ¦ ≥90% ¦ 95% ¦ 5 ¦ 5 ¦ ",
                "+++",
                "(10分) ¦ 服务对象满意度指标 ¦ 回访率 ¦ ≥90% ¦ 95% ¦ 5 ¦ 5 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");
        List<Indicator> rows = only(grid).indicators();

        assertEquals(List.of("产出指标", "满意度指标", "满意度指标"), rows.stream().map(Indicator::level1).toList());
        assertEquals(List.of("90", "10", "10"), rows.stream().map(r -> r.level1Points().raw()).toList());
    }

    @Test
    void aPageWhoseTableRepeatsTheBlockLabelBesideItsFirstRowKeepsThatRow() {
        Grid grid = TestGrid.of(
                "> 项目支出绩效自评表（2024年度）",
                "项目名称 ¦ 甲@c8",
                "绩效指标@r2 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                "产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 90 ¦ 90 ¦ ",
                "+++",
                "---",
                "绩效指标@r2 ¦ 成本指标@r2 ¦ 经济成本指标 ¦ 采购成本 ¦ ≤5万元 ¦ 4万元 ¦ 5 ¦ 5 ¦ ",
                "经济成本指标 ¦ 运维成本 ¦ ≤5万元 ¦ 4万元 ¦ 5 ¦ 5 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");
        List<Indicator> rows = only(grid).indicators();

        assertEquals(List.of("次数", "采购成本", "运维成本"), rows.stream().map(Indicator::name).toList());
        assertEquals(List.of("产出指标", "成本指标", "成本指标"), rows.stream().map(Indicator::level1).toList());
    }

    @Test
    void aFormWithoutTitleIsFoundByItsStructure() {
        Grid grid = TestGrid.of(
                "项目名称 ¦ 甲@c8",
                "绩效指标 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 指标值 ¦ 完成值 ¦ 分值 ¦ 得分 ¦ 原因",
                " ¦ 产出指标 ¦ 数量指标 ¦ 次数 ¦ ≥1次 ¦ 1次 ¦ 100 ¦ 100 ¦ ",
                "总分@c6 ¦ 100 ¦ 100 ¦ ");
        Form form = only(grid);

        assertEquals("甲", form.project());
        assertEquals(1, form.indicators().size());
    }

    @Test
    void aNewLevel1GroupWithoutALevel2CellHasNone() {
        Layout layout = new Layout();
        layout.level1Cells = "产出指标@r2";
        layout.indicatorRows = new String[] {
            "数量指标 ¦ 培训人次 ¦ ≥100人次 ¦ 120人次 ¦ 30 ¦ 30 ¦ ",
            "质量指标 ¦ 验收合格率 ¦ ≥98% ¦ 98% ¦ 30 ¦ 30 ¦ ",
            "成本指标 ¦  ¦ 培训成本 ¦ ≤30万元 ¦ 28万元 ¦ 30 ¦ 30 ¦ "};
        List<Indicator> rows = only(layout.grid()).indicators();

        assertEquals(List.of("产出指标", "产出指标", "成本指标"), rows.stream().map(Indicator::level1).toList());
        assertEquals(List.of("数量指标", "质量指标", ""), rows.stream().map(Indicator::level2).toList());
    }

    @Test
    void aDamagedSectionGivesAParseFindingAndNoArithmeticError() {
        Layout layout = new Layout();
        layout.indicatorRows[1] = "质量指标 ¦ 验收合格率 ¦ ≥98% ¦ 90% ¦ 30 ¦ 27。55 ¦ 部分设备延期验收";
        ParsedForm parsed = FormReader.read(layout.grid()).get(0);
        FormResult result = new Auditor(Profile.DEFAULT).audit(parsed);

        Finding unreadable = result.findings().get(0);
        assertEquals("ZP001", unreadable.rule());
        assertEquals(Severity.WARNING, unreadable.severity());
        assertEquals(1, unreadable.row());
        assertEquals(13, unreadable.span().firstLine());
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(result.skipped().stream().map(Skipped::rule).toList().containsAll(List.of("ZP301", "ZP302")));
        assertFalse(result.complete());
    }

    /**
     * A 得分 cell holding a value with a unit other than 分 (an actual read one column right, as pdftotext's header
     * words can put it: seed 155134 f051) is unreadable, not a score above its 分值 (ZP202); points may print 分.
     */
    @Test
    void aScoreWithAUnitIsUnreadableNotOutOfRange() {
        Layout layout = new Layout();
        layout.indicatorRows[1] = "质量指标 ¦ 验收合格率 ¦ ≥98% ¦ 90% ¦ 30 ¦ 100% ¦ 部分设备延期验收";
        layout.indicatorRows[2] = "时效指标 ¦ 完成时间 ¦ 2024年12月 ¦ 2024年11月 ¦ 30分 ¦ 6小时 ¦ ";
        FormResult result = new Auditor(Profile.DEFAULT).audit(FormReader.read(layout.grid()).get(0));

        assertEquals(List.of("ZP001 1 100%", "ZP001 2 6小时"), result.findings().stream()
                .map(f -> f.rule() + " " + f.row() + " " + f.stated()).toList());
        assertEquals(new BigDecimal("30"), result.form().indicators().get(2).weight().value());
    }

    @Test
    void aTargetWhoseWordsTheConverterKeptApartIsUnreadableAndItsRowsChecksDoNotRun() {
        Layout layout = new Layout();
        layout.indicatorRows[1] = "质量指标 ¦ 验收合格率 ¦ ≥98% | 90% | % ¦  ¦ 30 ¦ 20 ¦ 部分设备延期验收";
        FormResult result = new Auditor(Profile.DEFAULT).audit(FormReader.read(layout.grid()).get(0));

        Finding unreadable = result.findings().get(0);
        assertEquals("ZP001", unreadable.rule());
        assertEquals(1, unreadable.row());
        assertEquals("≥98% | 90% | %", result.form().indicators().get(1).target().raw());
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
        Skipped skip = result.skipped().stream().filter(s -> s.rule().equals("ZP204")).findFirst().orElseThrow();
        assertTrue(skip.rows().get(Section.INDICATOR).contains(1));
    }

    /**
     * A name cell the converter marked (its text in doubt, its numbers certain): the row is read with its name unmarked
     * and reported (ZP007); the row-by-row checks leave out the three rows, but the score sum still runs and finds that
     * 9 + 30 + 20 + 30 = 89 is not the printed 96.55.
     */
    @Test
    void aRowWhoseTextTheConverterMarkedInDoubtIsReportedAndItsNumbersStillAddUp() {
        Layout layout = new Layout();
        layout.indicatorRows[1] = "质量指标 ¦ " + GridCell.TEXT_IN_DOUBT + "验收合格率 ¦ ≥98% ¦ 90% ¦ 30 ¦ 20 ¦ 部分设备延期验收";
        FormResult result = new Auditor(Profile.DEFAULT).audit(FormReader.read(layout.grid()).get(0));

        assertEquals(List.of("ZP007 indicator 1 验收合格率", "ZP302 total null 总分"), result.findings().stream()
                .map(f -> f.rule() + " " + f.section().id() + " " + f.row() + " " + f.label()).toList());
        assertEquals(Severity.WARNING, result.findings().get(0).severity());
        assertEquals("质量指标 验收合格率 ≥98% 90% 30 20 部分设备延期验收", result.findings().get(0).stated());
        assertEquals(13, result.findings().get(0).span().firstLine());
        assertEquals("验收合格率", result.form().indicators().get(1).name());
        assertEquals(new BigDecimal("20"), result.form().indicators().get(1).score().value());
        Skipped rows = result.skipped().stream().filter(s -> s.rule().equals("ZP201")).findFirst().orElseThrow();
        assertEquals(List.of(0, 1, 2), rows.rows().get(Section.INDICATOR));
        assertTrue(result.skipped().stream().noneMatch(s -> s.rule().equals("ZP301") || s.rule().equals("ZP302")));
    }

    @Test
    void aMissingTotalRowSkipsTheTotalsInsteadOfFlaggingThem() {
        Layout layout = new Layout();
        Grid full = layout.grid();
        Grid cut = new Grid("cut", full.rows().subList(0, full.rows().size() - 1));
        FormResult result = new Auditor(Profile.DEFAULT).audit(FormReader.read(cut).get(0));

        assertNull(result.form().total());
        assertEquals("ZP002", result.findings().get(0).rule());
        assertEquals(List.of("ZP301", "ZP302", "ZP304"), result.skipped().stream().map(Skipped::rule).toList());
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }
}
