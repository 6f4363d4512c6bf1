package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.grid.GridCell;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows of a table whose wrapped cells pdfminer printed line by line, each line a box of its own. */
class SplitRowsTest {
    private static final String[] ROLES = {"level1", "level2", "name", "target", "actual", "weight", "score",
            "reason"};

    private static List<Box> boxes(String... lines) {
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            out.add(new Box(2 * i + 1, 1, List.of(l), l.equals("标")));
        }
        return out;
    }

    @Test
    void readsCellsWhoseLinesStandAroundTheirRowsValues() {
        // Two-line labels and names around the rows' values, a three-line name whose middle line stands level with the
        // values, left of them; in the third row a three-line reason whose middle line stands right of the values and a
        // two-line target (Chromium, seed 8080 f020). Each row's name tells where the next begins.
        List<Box> body = boxes("产出指", "质量指", "隐患整改任务达标", "≥95% 97.9% 2.00 2.00", "标", "标", "率",
                "社区卫生服务中心", "产出指", "质量指", "数据接入任务达标", "≥90% 100% 7.00 7.00", "标", "标", "率",
                "受疫情影响，", "产出指", "数量指", "辖区内安全评估服", "不低于8", "/ 8.00 0.00", "部分培训活动", "标", "标",
                "务完成数", "5%", "延期举办。");
        assertTrue(SplitRows.applies(body));
        List<List<String>> rows = SplitRows.rows(body, new SplitIndicators(ROLES)).stream().map(TextRow::cells)
                .toList();
        assertEquals(List.of(
                List.of("产出指标", "质量指标", "隐患整改任务达标率", "≥95%", "97.9%", "2.00", "2.00", ""),
                List.of("产出指标", "质量指标", "社区卫生服务中心数据接入任务达标率", "≥90%", "100%", "7.00", "7.00", ""),
                List.of("产出指标", "数量指标", "辖区内安全评估服务完成数", "不低于85%", "/", "8.00", "0.00",
                        "受疫情影响，部分培训活动延期举办。")), rows);
    }

    @Test
    void tellsANamesFirstLineFromAReasonsByTheLinesWidths() {
        // 社区卫生服务中心 may be the first line of a three-line name or of a five-line reason: the same order, but as
        // the reason's first line it would be wider than the lines below it, which wrapped shorter: the name's.
        // (Until the lines' widths were compared, the row's name was in doubt.)
        List<Box> body = boxes("产出指", "质量指", "隐患整改任务达标", "≥95% 97.9% 2.00 2.00", "标", "标", "率",
                "社区卫生服务中心", "受疫情影响，", "产出指", "数量指", "数据接入任务达标", "≥90% 80% 7.00 5.00",
                "部分培训活动", "标", "标", "率", "延期举办。");
        List<List<String>> rows = SplitRows.rows(body, new SplitIndicators(ROLES)).stream().map(TextRow::cells)
                .toList();
        assertEquals("隐患整改任务达标率", rows.get(0).get(2));
        assertEquals(List.of("社区卫生服务中心数据接入任务达标率", "≥90%", "80%", "7.00", "5.00",
                "受疫情影响，部分培训活动延期举办。"), rows.get(1).subList(2, 8));
    }

    @Test
    void anAnchorsLineThatPrintsItsReasonEmptyLeavesItEmpty() {
        // 受疫情影响， may be the first row's one-line reason or the first line of the second row's: the same order. A
        // browser's PDF draws a space in an empty cell, so the first row's line, ending in two spaces, has no reason.
        String[] roles = {"name", "target", "actual", "weight", "score", "reason"};
        List<Box> body = List.of(new Box(1, 1, List.of("名称甲 ≥95% 100% 6.00 6.00"), false,
                        "名称甲 ≥95% 100% 6.00 6.00  "), new Box(3, 1, List.of("受疫情影响，"), false),
                new Box(5, 1, List.of("名称乙 ≥90% 80% 7.00 5.00"), false, "名称乙 ≥90% 80% 7.00 5.00"),
                new Box(7, 1, List.of("延期举办。"), false));
        assertEquals(List.of(List.of("名称甲", "≥95%", "100%", "6.00", "6.00", ""),
                        List.of("名称乙", "≥90%", "80%", "7.00", "5.00", "受疫情影响，延期举办。")),
                SplitRows.rows(body, new SplitIndicators(roles)).stream().map(TextRow::cells).toList());
        // printed without the spaces, the text does not tell (the line holds the row's target, actual, 分值 and 得分)
        List<Box> bare = List.of(new Box(1, 1, List.of("名称甲 ≥95% 100% 6.00 6.00"), false), body.get(1), body.get(2),
                body.get(3));
        assertEquals(GridCell.VALUES_ON_LINE + GridCell.TEXT_IN_DOUBT + "名称甲",
                SplitRows.rows(bare, new SplitIndicators(roles)).get(0).cells().get(0));
    }

    @Test
    void marksTheTextOfARowInDoubt() {
        // 维护质量工作任务 may end the first row's name or start the second's: the two readings fit as well, its lines
        // full either way.
        List<Box> body = boxes("产出指", "质量指", "中小学校公共厕所", "是 是 10.00 10.00", "标", "标", "维护质量工作任务",
                "产出指", "时效指", "农村地区专家咨询", "≥96% 100% 4.00 4.00", "标", "标", "工作及时率");
        List<List<String>> rows = SplitRows.rows(body, new SplitIndicators(ROLES)).stream().map(TextRow::cells)
                .toList();
        assertEquals(GridCell.VALUES_ON_LINE + GridCell.TEXT_IN_DOUBT + "中小学校公共厕所", rows.get(0).get(2));
        assertEquals(List.of("是", "是", "10.00", "10.00"), rows.get(0).subList(3, 7));
    }

    @Test
    void readsMerged一级LabelsApartAndGivesThemToTheirGroups() {
        // 产出指 / 标 is merged over the first three rows and printed around the middle one's values, beside that row's
        // own 数量指 / 标; 效益指 / 标 covers the last row alone (Chromium, seed 120517 f047).
        List<Box> body = boxes("时效指", "名称甲 ≥95% 97% 5.00 5.00", "标", "产出指", "数量指",
                "名称乙 ≥90% 92% 5.00 5.00", "标", "标", "质量指", "名称丙 100% 100% 5.00 5.00", "标", "效益指", "社会效",
                "名称丁 ≥90% 95% 5.00 5.00", "标", "益指标");
        List<List<String>> rows = SplitRows.rows(body, new SplitIndicators(ROLES)).stream().map(TextRow::cells)
                .toList();
        assertEquals(List.of(
                List.of("产出指标", "时效指标", "名称甲", "≥95%", "97%", "5.00", "5.00", ""),
                List.of("产出指标", "数量指标", "名称乙", "≥90%", "92%", "5.00", "5.00", ""),
                List.of("产出指标", "质量指标", "名称丙", "100%", "100%", "5.00", "5.00", ""),
                List.of("效益指标", "社会效益指标", "名称丁", "≥90%", "95%", "5.00", "5.00", "")), rows);
    }

    @Test
    void readsMerged二级LabelsByWhereTheirLinesWerePrinted() {
        // 数量指 / 标 is merged over the first two rows, 质量指 / 标 over the last two, 产出指 / 标 over all four: each
        // label's lines stand between the values lines around its group's middle.
        List<Box> body = boxes("名称甲 ≥95% 97% 5.00 5.00", "数量指", "标", "名称乙 ≥90% 92% 5.00 5.00", "产出指", "标",
                "名称丙 100% 100% 5.00 5.00", "质量指", "标", "名称丁 ≥90% 95% 5.00 5.00");
        List<List<String>> rows = SplitRows.rows(body, new SplitIndicators(ROLES)).stream().map(TextRow::cells)
                .toList();
        assertEquals(List.of(
                List.of("产出指标", "数量指标", "名称甲", "≥95%", "97%", "5.00", "5.00", ""),
                List.of("产出指标", "数量指标", "名称乙", "≥90%", "92%", "5.00", "5.00", ""),
                List.of("产出指标", "质量指标", "名称丙", "100%", "100%", "5.00", "5.00", ""),
                List.of("产出指标", "质量指标", "名称丁", "≥90%", "95%", "5.00", "5.00", "")), rows);
    }

    @Test
    void aCellHoldingAnotherRowsPointsFitsNoColumn() {
        // A values line joined to the line above into one box of several lines: its 分值 and 得分 never read as a name.
        SplitIndicators table = new SplitIndicators(ROLES);
        assertEquals(0.0, table.cost(new String[] {"产出指标", "数量指标", "名称乙", "≥90%", "92%", "7", "7", null}));
        assertEquals(Double.POSITIVE_INFINITY, table.cost(new String[] {"产出指标", "数量指标",
                "成本指标 经济成本指成本指标 名称乙 ≥147万元 102万元 7 7", "≥90%", "92%", "5", "5", null}));
    }

    @Test
    void aBlockLabelsOrAPageBrokenLabelsLoneMarkIsNoSign() {
        assertFalse(SplitRows.applies(boxes("绩", "效", "指", "标", "产出指标 质量指标 名称 ≥95% 97.9% 2.00 2.00")));
        assertFalse(SplitRows.applies(boxes("产出指", "标", "时效指标 名称 ≥95% 97.9% 2.00 2.00", "产出指", "标")));
    }
    /**
     * A funding block printed line by line: an empty 上年结转 row, then the next row's rate wrapped around its line
     * (95.6 above, 6% below; Chromium, pdfminer -M 40). The 95.6 is no value of the empty row (a row that states a
     * value states its 全年预算数 and 全年执行数); before this it was read as 上年结转's amount and the 6% as the next
     * row's rate, and ZP101 and ZP103 fired on the misread. What the text leaves in doubt stays a parse finding: a lone
     * value is marked so that it never reads as the first column's.
     */
    @Test
    void aWrappedRateIsNoValueOfTheEmptyPartRowAboveIt() {
        String[] roles = {"label", "initialBudget", "budget", "executed", "weight", "rate", "score"};
        List<TextRow> rows = SplitRows.rows(boxes("上年结转", "95.6", "其他资金 39.2891 39.2891 37.5830", "6%"),
                new SplitFunding(roles));
        assertEquals(List.of("上年结转", "", "", "", "", "", ""), rows.get(0).cells());
        assertEquals("其他资金", rows.get(1).cells().get(0));
        assertTrue(rows.get(1).cells().stream().noneMatch(c -> c.equals("6%")), rows.get(1).cells().toString());
        assertEquals(List.of("上年结转", "95.6" + GridCell.APART + GridCell.TEXT_IN_DOUBT, "", "", "", "", ""), texts(
                new SplitFunding(roles).doubt(new String[] {"上年结转", "95.6", null, null, null, null, null})));
    }

    private static List<String> texts(String[] cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c == null ? "" : c);
        }
        return out;
    }
}
