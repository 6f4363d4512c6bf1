package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.source.SourceText;
import ziping.testing.Seeds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout cases the seeds show, asserted one by one (the golden files hold every field). */
class FormParserTest {

    private static List<ParsedForm> parse(String... lines) {
        List<String> l = Arrays.asList(lines);
        return FormParser.parse(new SourceText("t", l, l, List.of()));
    }

    @Test
    void seedsHoldSixteenFormsWithTheirIndicatorCounts() throws IOException {
        assertEquals(List.of(17), counts(Seeds.S000));
        assertEquals(List.of(25), counts(Seeds.S001));
        assertEquals(List.of(8, 13, 6, 6, 5, 5, 6, 8, 12, 11, 10, 8, 6, 6), counts(Seeds.S003));
    }

    private static List<Integer> counts(String seed) throws IOException {
        return FormParser.parse(Seeds.text(seed)).stream().map(p -> p.form().indicators().size()).toList();
    }

    @Test
    void seedFormsParseWithoutProblems() throws IOException {
        for (String seed : Seeds.FORMS) {
            for (ParsedForm p : FormParser.parse(Seeds.text(seed))) {
                assertEquals(List.of(), p.problems(), seed + " form " + p.form().index());
            }
        }
    }

    @Test
    void valueSplitOverLinesIsJoinedAndMissingLevel2StaysEmpty() throws IOException {
        Form f = FormParser.parse(Seeds.text(Seeds.S003)).get(3).form();
        Indicator cost = f.indicators().get(3);
        assertEquals("成本指标", cost.level1());
        assertEquals("", cost.level2());
        assertEquals("455.91264万元", cost.actual().raw());
        assertEquals("万元", cost.actual().unit());
    }

    @Test
    void reasonBeforeNextLabelOnTheSameLineGoesToTheRowAbove() throws IOException {
        Form f = FormParser.parse(Seeds.text(Seeds.S003)).get(2).form();
        assertEquals("该项目为追加项目，于2024年12月24日签订合同。", f.indicators().get(0).reason());
        assertEquals("数量指标", f.indicators().get(1).level2());
        assertEquals("", f.indicators().get(1).reason());
    }

    @Test
    void rowWithoutLabelsInheritsMergedLabels() throws IOException {
        Indicator row = FormParser.parse(Seeds.text(Seeds.S003)).get(11).form().indicators().get(3);
        assertEquals("按照年度计划推进", row.name());
        assertEquals("产出指标", row.level1());
        assertEquals("时效指标", row.level2());
    }

    @Test
    void continuationMarkersAndRepeatedHeadersAreNotData() {
        List<ParsedForm> forms = parse("项目支出绩效自评表", "（2024年度）", "项目名称 测试", "主管部门 甲 实施单位 乙",
                "项目资金（万元）", "年度资金总额 10.00 10.00 9.00 10 90.00% 9.00",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分", "偏差原因分析及改进措施",
                "产出指标", "数量指标 甲数量 ≥1个 1个 40 40", "续", "上", "页",
                "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
                "质量指标 乙质量 ≥90% 90% 50 50", "总分 100 99.00");
        Form f = forms.get(0).form();
        assertEquals(2, f.indicators().size());
        assertEquals("乙质量", f.indicators().get(1).name());
        assertEquals("产出指标", f.indicators().get(1).level1());
        assertEquals("", f.indicators().get(1).reason());
    }

    @Test
    void aTitleSpacedOutAndIndentedStartsAFormAndOneWithMoreTextDoesNot() {
        String[] form = {"（2024年度）", "项目名称 测试", "主管部门 甲 实施单位 乙", "项目资金（万元）",
                "年度资金总额 10.00 10.00 9.00 10 90.00% 9.00"};
        List<String> spaced = new java.util.ArrayList<>(List.of("  项 目 支 出 绩 效 自 评 表  "));
        spaced.addAll(List.of(form));
        assertEquals(1, parse(spaced.toArray(String[]::new)).size());
        List<String> longer = new java.util.ArrayList<>(List.of("项目支出绩效自评表 附表"));
        longer.addAll(List.of(form));
        assertEquals(0, parse(longer.toArray(String[]::new)).size());
    }

    @Test
    void unreadableCellsAndMissingPartsBecomeParseFindings() {
        List<ParsedForm> forms = parse("项目支出绩效自评表", "（2024年度）", "项目名称 测试", "主管部门 甲 实施单位 乙",
                "项目资金（万元）", "年度资金总额 10.00 十 9.00 10 90.00% 9.00");
        List<Finding> problems = forms.get(0).problems();
        Finding cell = problems.get(0);
        assertEquals("ZP001", cell.rule());
        assertEquals(Check.PARSE, cell.check());
        assertEquals(Section.FUNDING, cell.section());
        assertEquals(0, cell.row());
        assertEquals("十", cell.stated());
        assertEquals(6, cell.span().firstLine());
        List<String> missing = new ArrayList<>();
        problems.stream().filter(p -> p.rule().equals("ZP002")).forEach(p -> missing.add(p.message().args().get(0)));
        assertEquals(List.of("绩效指标", "总分"), missing);
    }

    @Test
    void textWithoutTitleHasNoForm() {
        assertTrue(parse("一、项目的基本情况", "预算安排 (1) 912000").isEmpty());
    }
}
