package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.source.SourceText;
import ziping.source.TextDecoder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The funding block of pdfminer's default text ({@link FlowFunding}, {@link FlowFundingSegments}), written by hand in
 * the shapes pdfminer prints: a row's values right after its label, labels printed as a run, a column right after its
 * header box.
 */
class FlowFundingTest {
    private static final String TITLE = FlowTexts.FIELDS + """
            年初预算数

            全年预算数

            全年执行数

            分值

            执行率

            得分

                        """;

    private static final String TAIL_ROWS = """
产出指标 数量指标

            培训人数

            ≥100人

            120人

            100

            100

            总分

            100 100
                        """;

    private static final String TAIL = FlowTexts.GOALS_AND_HEADER + TAIL_ROWS;

    /**
     * Each row after its label: the total's six values; the current row's amounts and rate (its 分值 and 得分 not
     * printed there); the carry-over's six; the other row's amounts, then placeholders that may be the 分值 column.
     */
    private static final String ROWS_AFTER_LABELS = """
            年度资金总额

            100.00

            100.00

            90.00

            10

            90.00%

            9.00

            其中：当年财政拨款

            60.00

            60.00

            54.00

            90.00%

            上年结转

            40.00

            40.00

            36.00

            -

            90.00%

            -

            其他资金

            0.00

            0.00

            0.00

            -

            -

            -

            """;

    @Test
    void aRowPrintedRightAfterItsLabelReadsItsValuesInColumnOrder() throws Exception {
        Form form = form(TITLE + ROWS_AFTER_LABELS + TAIL);
        assertEquals(List.of(
                "年度资金总额|100.00|100.00|90.00|10|90.00%|9.00",
                "当年财政拨款|60.00|60.00|54.00|？|90.00%|？",
                "上年结转|40.00|40.00|36.00|-|90.00%|-",
                "其他资金|0.00|0.00|0.00|？|？|？"), funding(form));
    }

    @Test
    void labelsPrintedAsARunLeaveTheirRowsValuesUnread() throws Exception {
        String run = ROWS_AFTER_LABELS.replace("""
                上年结转

                40.00

                40.00

                36.00

                -

                90.00%

                -

                其他资金

                """, """
                上年结转

                其他资金

                40.00

                40.00

                36.00

                -

                90.00%

                -

                """);
        Form form = form(TITLE + run + TAIL);
        assertEquals(List.of(
                "年度资金总额|100.00|100.00|90.00|10|90.00%|9.00",
                "当年财政拨款|60.00|60.00|54.00|？|90.00%|？",
                "上年结转|？|||||",
                "其他资金|？|||||"), funding(form));
    }

    /**
     * The total's label printed after the other rows' (pdfminer put it far from its row), the rates as a run right
     * after their header: dealt top to bottom in the table's order (total, current, carry-over, other), from the labels'
     * roles, not in the order the labels were printed. No value is left for the 分值 and 得分 cells: they are empty.
     */
    @Test
    void aColumnRightAfterItsHeaderIsDealtTopToBottomInTheTablesOrder() throws Exception {
        String text = TITLE.replace("执行率\n\n得分\n\n", "") + """
                其中：当年财政拨款

                60.00

                60.00

                54.00

                上年结转

                40.00

                40.00

                32.00

                其他资金

                0.00

                0.00

                0.00

                年度资金总额

                100.00

                100.00

                86.00

                执行率

                86.00%

                90.00%

                80.00%

                -

                得分

                """ + TAIL;
        assertEquals(List.of(
                "当年财政拨款|60.00|60.00|54.00||90.00%|",
                "上年结转|40.00|40.00|32.00||80.00%|",
                "其他资金|0.00|0.00|0.00||-|",
                "年度资金总额|100.00|100.00|86.00||86.00%|"), funding(form(text)));
    }

    /**
     * The funding block of a LibreOffice form as pdfminer printed it (seed 8080, f003): the two upper rows after their
     * labels (their rates after the 执行率 header), the two lower rows' labels as a run and then ten placeholders, the
     * 自评得分 column after its header. Twelve cells are open (the four rates, the lower rows' amounts and 分值) and
     * twelve values left: two rates and ten placeholders. A number or a placeholder only can stand outside 执行率, so
     * the eight cells there are all {@code -}; the two rates and two placeholders may fall on the four rate cells in
     * several ways, so those stay unreadable. The goals are the block's two texts (the wrapped rates are values).
     */
    @Test
    void theValuesLeftFixTheCellsWhereEveryPlacementAgrees() throws Exception {
        String text = FlowTexts.FIELDS + """
                年初预算数

                调整后预算
                数

                全年执行数
                （B）

                分值

                资金总额

                801.61

                801.61

                801.61

                10.0

                财政资金

                801.61

                801.61

                801.61

                10.0

                执行率
                (B/A)

                100.00
                %

                100.00
                %

                上年结转资金

                其他资金

                -

                -

                -

                -

                -

                -

                -

                -

                -

                -

                自评得分

                10.00

                10.00

                -

                -

                """ + TAIL;
        assertEquals(List.of(
                "资金总额|801.61|801.61|801.61|10.0|？|10.00",
                "财政资金|801.61|801.61|801.61|10.0|？|10.00",
                "上年结转资金|-|-|-|-|？|-",
                "其他资金|-|-|-|-|？|-"), funding(form(text)));
        Form form = form(text);
        assertEquals("完成教师培训，提升教学水平。", form.expectedGoal(), "a rate wrapped in its cell is no goal text");
        assertEquals("已完成全年培训。", form.actualResult());
        String oneRateLeft = text.replace("100.00\n%\n\n100.00\n%\n\n上年", "100.00\n%\n\n上年")
                .replace("财政资金\n\n801.61\n\n801.61\n\n801.61\n\n10.0\n\n执行率\n(B/A)",
                        "财政资金\n\n801.61\n\n801.61\n\n801.61\n\n10.0\n\n100.00%\n\n执行率\n(B/A)");
        assertEquals(List.of(
                "资金总额|801.61|801.61|801.61|10.0|？|10.00",
                "财政资金|801.61|801.61|801.61|10.0|100.00%|10.00",
                "上年结转资金|-|-|-|-|？|-",
                "其他资金|-|-|-|-|？|-"), funding(form(oneRateLeft)));
    }

    /**
     * Two equal rates left for the two open rate cells are theirs whatever the order, and the four placeholders left
     * the four other open cells'; with one placeholder more than the open cells nothing is read by count (a value of
     * the block would belong to no cell).
     */
    @Test
    void equalRatesFillTheOpenRateCellsAndASurplusValueReadsNothing() throws Exception {
        String rows = """
                年度资金总额

                100.00

                100.00

                90.00

                10

                90.00%

                9.00

                其中：当年财政拨款

                60.00

                60.00

                54.00

                上年结转

                40.00

                40.00

                36.00

                其他资金

                0.00

                0.00

                0.00

                0

                -

                0

                """;
        String left = "预期目标\n\n90.00%\n\n90.00%\n\n-\n\n-\n\n-\n\n-\n\n";
        String text = TITLE + rows + FlowTexts.GOALS_AND_HEADER.replace("预期目标\n\n", left) + TAIL_ROWS;
        assertEquals(List.of(
                "年度资金总额|100.00|100.00|90.00|10|90.00%|9.00",
                "当年财政拨款|60.00|60.00|54.00|-|90.00%|-",
                "上年结转|40.00|40.00|36.00|-|90.00%|-",
                "其他资金|0.00|0.00|0.00|0|-|0"), funding(form(text)));
        String surplus = TITLE + rows + FlowTexts.GOALS_AND_HEADER.replace("预期目标\n\n", left + "-\n\n")
                + TAIL_ROWS;
        assertEquals(List.of(
                "年度资金总额|100.00|100.00|90.00|10|90.00%|9.00",
                "当年财政拨款|60.00|60.00|54.00|？|？|？",
                "上年结转|40.00|40.00|36.00|？|？|？",
                "其他资金|0.00|0.00|0.00|0|-|0"), funding(form(surplus)));
    }

    /**
     * A browser's PDF as pdfminer printed it: the total's label and values above the header boxes (still the funding
     * block's), labels wrapped into two boxes ({@code 上年结} / {@code 转资金}, {@code 其他资} / {@code 金}) joined.
     * The total's row comes first in the block and reads as any row right after its label; no value is left for the
     * current row's 分值 and 得分, so they are empty.
     */
    @Test
    void labelsWrappedIntoTwoBoxesAndATotalAboveTheHeaderAreRead() throws Exception {
        String text = FlowTexts.FIELDS + """
                年度资金总额

                100.00

                100.00

                90.00

                10

                90.00%

                9.00

                年初预算数

                全年预算数

                全年执行数

                分值

                执行率

                得分

                其中：当年财政拨款

                60.00

                60.00

                54.00

                90.00%

                上年结

                转资金

                40.00

                40.00

                36.00

                -

                90.00%

                -

                其他资

                金

                0.00

                0.00

                0.00

                0

                -

                0

                """ + TAIL;
        assertEquals(List.of(
                "年度资金总额|100.00|100.00|90.00|10|90.00%|9.00",
                "当年财政拨款|60.00|60.00|54.00||90.00%|",
                "上年结转资金|40.00|40.00|36.00|-|90.00%|-",
                "其他资金|0.00|0.00|0.00|0|-|0"), funding(form(text)));
    }

    /** Values wrapped inside their cells (an amount's last digits, a rate's %) are joined before the row is read. */
    @Test
    void aValueWrappedInsideItsCellIsJoined() throws Exception {
        String wrapped = ROWS_AFTER_LABELS.replace("""
                年度资金总额

                100.00

                100.00

                90.00

                10

                90.00%
                """, """
                年度资金总额

                100.00

                1738.5759
                59

                90.00

                10

                90.0
                0%
                """);
        assertEquals("年度资金总额|100.00|1738.575959|90.00|10|90.00%|9.00",
                funding(form(TITLE + wrapped + TAIL)).get(0));
    }

    /** A run after a header that another column could be as well (as many open cells, the same kinds) is not read. */
    @Test
    void aRunAnotherColumnCouldBeIsNotRead() throws Exception {
        String text = TITLE + """
                年度资金总额

                其中：当年财政拨款

                100.00

                60.00

                """ + TAIL;
        Form form = form(text.replace("得分\n\n年度资金总额", "得分\n\n100.00\n\n60.00\n\n年度资金总额"));
        assertEquals(List.of("年度资金总额|？|||||", "当年财政拨款|？|||||"), funding(form));
    }

    /**
     * A row label printed on one line with its first amount ({@code 上年结转 40.00}: pdfminer put the two into one box):
     * the amount is the row's first value, not part of its label, and the rest follow in column order.
     */
    @Test
    void aLabelPrintedWithItsFirstAmountKeepsTheAmountInItsRow() throws Exception {
        String glued = ROWS_AFTER_LABELS.replace("""
                上年结转

                40.00

                """, """
                上年结转 40.00

                """);
        assertEquals(List.of(
                "年度资金总额|100.00|100.00|90.00|10|90.00%|9.00",
                "当年财政拨款|60.00|60.00|54.00|？|90.00%|？",
                "上年结转|40.00|40.00|36.00|-|90.00%|-",
                "其他资金|0.00|0.00|0.00|？|？|？"), funding(form(TITLE + glued + TAIL)));
    }

    /**
     * Two rows' labels printed as a run, then their amounts as one run ({@code 0.000000} six times) and their other
     * cells' placeholders: no 分值 or 得分 has six decimals, so the six amounts fill the six open amount cells whatever
     * order they came in; which of the open 分值, 执行率 and 得分 cells the placeholders fill the count does not say.
     */
    @Test
    void amountsNoPointsCanBeFillTheOpenAmountCellsWhateverTheirOrder() throws Exception {
        String rows = ROWS_AFTER_LABELS.substring(0, ROWS_AFTER_LABELS.indexOf("上年结转")) + """
                上年结转

                其他资金

                0.000000

                0.000000

                0.000000

                0.000000

                0.000000

                0.000000

                -

                -

                -

                -

                -

                -

                """;
        assertEquals(List.of(
                "年度资金总额|100.00|100.00|90.00|10|90.00%|9.00",
                "当年财政拨款|60.00|60.00|54.00|？|90.00%|？",
                "上年结转|0.000000|0.000000|0.000000|？|？|？",
                "其他资金|0.000000|0.000000|0.000000|？|？|？"), funding(form(TITLE + rows + TAIL)));
    }

    /**
     * A number no 分值 can be (more than 100, or more than two decimals) after a row's three amounts is not its 分值: it
     * is another row's amount printed in pdfminer's column order, so the row's amounts are read and its other cells
     * are not (the amount left over fits no open cell, so the count fixes none either).
     */
    @Test
    void anAmountAfterTheAmountsIsNotTakenForThe分值() throws Exception {
        String rows = ROWS_AFTER_LABELS.replace("""
                上年结转

                40.00

                40.00

                36.00

                -

                90.00%

                -

                """, """
                上年结转

                40.00

                40.00

                36.00

                1236.000000

                """);
        assertEquals("上年结转|40.00|40.00|36.00|？|？|？", funding(form(TITLE + rows + TAIL)).get(2));
    }

    private static Form form(String text) throws Exception {
        SourceText source = TextDecoder.decode("form.txt", text.getBytes(StandardCharsets.UTF_8));
        return TextForms.read(source).get(0).form();
    }

    private static List<String> funding(Form form) {
        List<String> out = new ArrayList<>();
        for (FundingRow row : form.funding()) {
            out.add(String.join("|", row.label(), raw(row.initialBudget()), raw(row.budget()), raw(row.executed()),
                    raw(row.weight()), raw(row.rate()), raw(row.score())));
        }
        return out;
    }

    private static String raw(Figure figure) {
        return figure == null ? "" : figure.raw();
    }
}
