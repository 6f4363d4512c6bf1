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

    private static final String TAIL = FlowTexts.GOALS_AND_HEADER + """
产出指标 数量指标

            培训人数

            ≥100人

            120人

            100

            100

            总分

            100 100
                        """;

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
     * roles, not in the order the labels were printed.
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
                "当年财政拨款|60.00|60.00|54.00|？|90.00%|？",
                "上年结转|40.00|40.00|32.00|？|80.00%|？",
                "其他资金|0.00|0.00|0.00|？|-|？",
                "年度资金总额|100.00|100.00|86.00|？|86.00%|？"), funding(form(text)));
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
