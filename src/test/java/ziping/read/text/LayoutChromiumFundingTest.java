package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.result.FileResult;
import ziping.result.FormResult;
import ziping.source.SourceText;
import ziping.source.TextDecoder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ziping.read.text.LayoutTextTest.rows;

/**
 * The funding block of pdftotext -layout text of forms Chromium printed, each fixture cut from a generated form
 * (bench/gen, the seed and form named on each test) where an earlier reading put a row's values on the other row, in
 * the wrong columns or in doubt. Chromium's text sets each line at its own pitch, so a row's values can stand several
 * columns off where the other rows' stand; left to right they keep their order.
 */
class LayoutChromiumFundingTest {
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    /**
     * Each row's values at the row's own pitch (seed 113029 f039): the total's 357.49 stands at column 15, its 406.21 at
     * 34, where the next row's 187.15 and 204.48 stand at 18 and 32. Read by their order along each row, every value
     * is in its column; before, the total read {@code 357.49 | | | 406.21 …} and was in doubt.
     */
    @Test
    void eachRowsValuesAreReadInTheirOrderAlongTheRow() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-rows-at-own-pitches.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市医疗保障局] [2 实施单位] [3 房山区体育指导中心]",
                "0 L3 p-: [0 项目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 全年执行数] [4 分值] [5 执行率] [6 得分]",
                "0 L5 p-: [0 年度资金总额] [1 357.49] [2 406.21] [3 323.64] [4 10.00] [5 79.67%] [6 7.97]",
                "0 L8 p-: [0 当年财政拨款] [1 187.15] [2 255.38] [3 204.48] [4 10.00] [5 80.07%] [6 8.01]",
                "0 L12 p-: [0 上年结转资金] [1 170.34] [2 150.83] [3 119.16] [4 10.00] [5 79.00%] [6 7.90]",
                "0 L14 p-: [0 其他资金] [1 0.00] [2 0.00] [3 0.00] [4 -] [5 -] [6 -]"), rows(text));
    }

    /**
     * A row's rate whose head stands on the label's first line, its % tail on the values line one space after the 分值
     * (seed 940127 f029): {@code 其中:当年 … 99.9} over {@code 财政拨款 2000.72 … 10.00 5% 9.99}. The tail stands under
     * the head, so it is the rate's; before, {@code 10.00 5%} was joined into one rate (10.005%), the row did not read
     * and an injected total-score error (ZP302) was skipped.
     */
    @Test
    void aRateTailUnderItsHeadIsNotJoinedToTheWeightBesideIt() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-rate-head-on-label-line.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市石景山区体育局] [2 实施单位] [3 北京市消防培训中心]",
                "0 L4 p-: [0 目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 预算执行数] [4 分值] [5 执行率] [6 得分]",
                "0 L5 p-: [0 年度资金总额:] [1 2000.72] [2 1967.47] [3 1966.47] [4 10.00] [5 99.95%] [6 9.99]",
                "0 L7 p-: [0 当年财政拨款] [1 2000.72] [2 1967.47] [3 1966.47] [4 10.00] [5 99.95%] [6 9.99]",
                "0 L10 p-: [0 上年结转资金] [1 -] [2 -] [3 -] [4 -] [5 -] [6 -]"), rows(text));
    }

    /**
     * A row label wrapped around its row's values (其中:当 / 年财政 2506.310478 … / 拨款, seed 113029 f028), the amount
     * on the label's line set near the labels: a value never goes to the label column, so the label reads whole and the
     * row keeps its values; before, 拨款 started a label of its own (拨款上年结转资金) and the total took both rows'
     * values.
     */
    @Test
    void aLabelWrappedAroundItsValuesKeepsThem() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-label-around-values.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市东城区园林绿化局] [2 实施单位] [3 怀柔区文化培训中心]",
                "0 L4 p-: [0 项目资金（万元）] [1 年初预算数] [2 全年预算数（A）] [3 全年执行数] [4 分值] [5 执行率]"
                        + " [6 自评得分]",
                "0 L5 p-: [0 总额] [1 2506.310478] [2 2845.047450] [3 2661.404240] [4 10.00] [5 93.55%] [6 9.35]",
                "0 L10 p-: [0 当年财政拨款] [1 2506.310478] [2 2845.047450] [3 2661.404240] [4 -] [5 93.55%] [6 -]",
                "0 L16 p-: [0 上年结转资金] [1 ] [2 ] [3 ] [4 ] [5 ] [6 ]",
                "0 L18 p-: [0 其他资金] [1 ] [2 ] [3 ] [4 ] [5 ] [6 ]"), rows(text));
    }

    /**
     * The total's score alone on the line below its values, where the column places put it under 执行率 (seed 113029
     * f022): the rows' bounds are chosen with the rows read by order, so the total keeps its 9.80 and the next row,
     * a part with 分值 and 得分 empty, is not given it.
     */
    @Test
    void theTotalsScoreOnTheLineBelowStaysWithTheTotal() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-total-score-on-line-below.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市住房和城乡建设委员会] [2 实施单位] [3 北京市住房和城乡建设委员会机关]",
                "0 L4 p-: [0 项目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 预算执行数] [4 分值] [5 执行率] [6 得分]",
                "0 L5 p-: [0 年度资金总额] [1 930.53] [2 992.39] [3 972.19] [4 10] [5 97.96%] [6 9.80]",
                "0 L7 p-: [0 当年财政拨款] [1 588.19] [2 632.42] [3 631.01] [4 ] [5 99.78%] [6 ]",
                "0 L11 p-: [0 上年结转] [1 277.67] [2 281.57] [3 269.81] [4 ] [5 95.82%] [6 ]",
                "0 L13 p-: [0 其他资金] [1 64.67] [2 78.40] [3 71.37] [4 ] [5 91.03%] [6 ]"), rows(text));
    }

    /**
     * The next row's 分值 {@code 10} three lines under a long amount of the row above (seed 8080 f024: 954.7888 and,
     * under 上年结转资金, 264.2772 10): a wrapped tail never joins a value of a labelled line across another row's
     * label, so 954.7888 stays whole (not 954.788810) and the 上年结转资金 row keeps its 分值.
     */
    @Test
    void theNextRowsWeightIsNotTheWrappedEndOfAnAmountAbove() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-next-rows-weight-under-amount.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市商务局] [2 实施单位] [3 北京市社区卫生服务研究院]",
                "0 L4 p-: [0 目资金（万元）] [1 年初预算数] [2 全年预算数（A）] [3 执行数(B)] [4 分值] [5 执行率(B/A)]"
                        + " [6 自评得分]",
                "0 L5 p-: [0 总额] [1 1764.4859] [2 1764.4859] [3 1219.0660] [4 10] [5 69.09%] [6 6.91]",
                "0 L7 p-: [0 财政资金] [1 1476.1361] [2 1476.1361] [3 954.7888] [4 10] [5 64.68%] [6 6.47]",
                "0 L10 p-: [0 上年结转资金] [1 288.3498] [2 288.3498] [3 264.2772] [4 10] [5 91.65%] [6 9.17]",
                "0 L12 p-: [0 其他资金] [1 0.0000] [2 0.0000] [3 0.0000] [4 -] [5 -] [6 -]"), rows(text));
    }

    /**
     * Amounts in 元 wrapped after their point ({@code 16253765.} / {@code 55}) and after one decimal
     * ({@code 1122483.9} / {@code 8}), the total's values on the line above its label (seed 5151 f006): each amount
     * reads whole and each row holds its own.
     */
    @Test
    void amountsWrappedAfterTheirPointReadWhole() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-amounts-wrapped-after-point.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市密云区民政局] [2 实施单位] [3 北京市密云区民政局事务中心]",
                "0 L3 p-: [0 项目资金（元）] [1 年初预算数] [2 全年预算] [3 预算执行数（A）] [4 分值] [5 执行率] [6 得分]",
                "0 L5 p-: [0 年度资金总额] [1 16253765.55] [2 16253765.55] [3 15077835.08] [4 10] [5 92.77%]"
                        + " [6 9.28]",
                "0 L7 p-: [0 财政资金] [1 15060842.51] [2 15060842.51] [3 13955351.10] [4 ] [5 92.66%] [6 ]",
                "0 L9 p-: [0 上年结转资金] [1 ] [2 ] [3 ] [4 ] [5 ] [6 ]",
                "0 L10 p-: [0 其他资金] [1 1192923.04] [2 1192923.04] [3 1122483.98] [4 ] [5 94.10%] [6 ]"),
                rows(text));
    }

    /**
     * Where the text cannot tell (seed 120517 f037): the total's score 10.00 is printed on its label's line left of the
     * 执行数 printed on the line above, so the order along the row is lost, and the next row's lines are as tangled. Both
     * rows give their values as one cell across the value columns, which the reader reports; no value is guessed into
     * a column (before, the total's 分值 read 1920.674714).
     */
    @Test
    void rowsWhoseOrderIsLostAreGivenAsOneCell() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-values-out-of-order.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 密云区人民政府金海湖镇办事处] [2 实施单位] [3 密云区人民政府金海湖镇办事处研究院]",
                "0 L4 p-: [0 项目资金（万元）] [1 年初预算数] [2 全年预算数（A）] [3 执行数(B)] [4 分值] [5 执行率] [6 得分]",
                "0 L6 p-: [0 年度资金总额] [1 1920.674714 |  |  | 1920.674714 |  | 1920.67471 | 10.00 | 100.00% | 10.00"
                        + " | 4]",
                "0 L8 p-: [0 当年财政拨款] [1 1920.674714 |  |  | 1920.674714 |  | 1920.67471 | 10.00 | 100.0 | 10.00"
                        + " | 4 | 0%]",
                "0 L12 p-: [0 上年结转资金] [1 -] [2 -] [3 -] [4 -] [5 -] [6 -]",
                "0 L14 p-: [0 其他资金] [1 -] [2 -] [3 -] [4 -] [5 -] [6 -]"), rows(text));
    }

    /**
     * The 执行率 header's first part ({@code 执行}) alone on the line under 实施单位's value, its {@code 率(B/} and
     * {@code A)} on the lines below (seed 120517 f005): a line of funding column name parts over a funding header is
     * the header's, not the end of the unit's name, so the unit reads 北京市应急管理局机关 and the rate column is
     * found (before, the unit read …机关执行, the header had five columns and every row's rate was in doubt).
     */
    @Test
    void aHeaderNamesPartUnderTheUnitsValueIsTheHeaders() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-header-name-part-under-field-value.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市应急管理局] [2 实施单位] [3 北京市应急管理局机关]",
                "0 L4 p-: [0 目资金（万元）] [1 年初预算数] [2 预算数(A)] [3 执行数(B)] [4 分值] [5 执行率(B/A)] [6 得分]",
                "0 L5 p-: [0 年度资金总额:] [1 1101.32] [2 1297.51] [3 1226.53] [4 10] [5 94.53%] [6 9.45]",
                "0 L8 p-: [0 本年财政拨款] [1 875.27] [2 993.48] [3 924.59] [4 ] [5 93.07%] [6 ]",
                "0 L11 p-: [0 上年结转资金] [1 226.05] [2 304.03] [3 301.94] [4 ] [5 99.31%] [6 ]",
                "0 L12 p-: [0 其他资金] [1 ] [2 ] [3 ] [4 ] [5 ] [6 ]"), rows(text));
    }

    /**
     * A rate's first line ({@code 86.0}) above its row's amounts, its tail {@code 9%} on the amounts' line seven spaces
     * after the 执行数 {@code 1670.90} (seed 63011 f035): a % tail far off a number on its line is not that number's
     * end (before, the 执行数 read 1670.909% and the row was in doubt), so it joins the rate above it.
     */
    @Test
    void aRateTailFarAfterAnAmountOnItsLineIsTheRatesAbove() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-rate-tail-after-amount.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市退役军人事务局] [2 实施单位] [3 北京市退役军人事务局机关]",
                "0 L3 p-: [0 目资金（万元）] [1 年初预算数] [2 预算数(A)] [3 预算执行数] [4 分值] [5 执行率] [6 自评得分]",
                "0 L4 p-: [0 年度资金总额:] [1 2068.61] [2 2355.67] [3 2028.86] [4 10] [5 86.13%] [6 8.61]",
                "0 L6 p-: [0 当年财政拨款] [1 1616.98] [2 1940.95] [3 1670.90] [4 ] [5 86.09%] [6 ]",
                "0 L9 p-: [0 上年结转] [1 451.63] [2 414.72] [3 357.96] [4 ] [5 86.31%] [6 ]",
                "0 L11 p-: [0 其他资金] [1 -] [2 -] [3 -] [4 -] [5 -] [6 -]"), rows(text));
    }

    /**
     * Wrapped amounts' tails on the first line of the next row's label (seed 37719 f040): the total's 执行数
     * {@code 1335.9502} / {@code 93} stands right above the 当年财政拨款 line, whose 分值 {@code 10} stands under it,
     * and that row's two tails {@code 8} are set at their line's own pitch, under the end of 调整后预算数 and under 分值.
     * Each row's tails are joined within the row by their order before any are joined by where they stand, so the 10
     * stays the row's 分值 (before, the total's 执行数 read 1335.95029310, an error-level ZP103 on a misread) and the
     * tails end 调整后预算数 and 执行数, the one way that fits the columns.
     */
    @Test
    void tailsUnderTheNextRowsValuesAreJoinedWithinTheirRow() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/chromium-funding-tails-under-next-values.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市海淀区统计局] [2 实施单位] [3 北京市海淀区统计局机关]",
                "0 L4 p-: [0 目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 执行数(B)] [4 分值] [5 执行率(B/A)]"
                        + " [6 自评得分]",
                "0 L5 p-: [0 总额] [1 1374.317746] [2 1374.317746] [3 1335.950293] [4 10] [5 98.46%] [6 9.72]",
                "0 L10 p-: [0 当年财政拨款] [1 860.066128] [2 860.066128] [3 860.066128] [4 10] [5 100.00%] [6 10.00]",
                "0 L13 p-: [0 上年结转] [1 514.251618] [2 514.251618] [3 475.884165] [4 10] [5 92.54%] [6 9.25]",
                "0 L17 p-: [0 其他资金] [1 -] [2 -] [3 -] [4 -] [5 -] [6 -]"), rows(text));
    }

    /**
     * The same block with one tail {@code 8} left under the 当年财政拨款 row's amounts, standing under the end of
     * 调整后预算数 and the start of 执行数, either of which it may end: the row gives its values as one cell across the
     * value columns, which the reader reports; the other rows read.
     */
    @Test
    void aTailEitherOfTwoAmountsMayEndLeavesItsRowInDoubt() throws Exception {
        String block = new String(LayoutChromiumFundingTest.class.getResourceAsStream(
                "/text/layout/chromium-funding-tails-under-next-values.txt").readAllBytes(), StandardCharsets.UTF_8);
        SourceText text = TextDecoder.decode("test.txt", block
                .replace("860.066128 860.06612 860.06612 10 100.0 10.00", "860.066128 860.06612 860.06612 10 100.00% 10.00")
                .replace("（万拨款                           8        8        0%", "（万拨款                           8")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市海淀区统计局] [2 实施单位] [3 北京市海淀区统计局机关]",
                "0 L4 p-: [0 目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 执行数(B)] [4 分值] [5 执行率(B/A)]"
                        + " [6 自评得分]",
                "0 L5 p-: [0 总额] [1 1374.317746] [2 1374.317746] [3 1335.950293] [4 10] [5 98.46%] [6 9.72]",
                "0 L10 p-: [0 当年财政拨款] [1 860.066128 | 860.06612 | 860.066128 |  | 100.00% | 10.00]",
                "0 L13 p-: [0 上年结转] [1 514.251618] [2 514.251618] [3 475.884165] [4 10] [5 92.54%] [6 9.25]",
                "0 L17 p-: [0 其他资金] [1 -] [2 -] [3 -] [4 -] [5 -] [6 -]"), rows(text));
    }

    /**
     * The whole form (seed 37719 f040, its exec_rate error injected: the total's 执行率 98.46 % where 1335.950293 /
     * 1374.317746 is 97.21 %): every funding row reads, so ZP101 fires on the total and nothing else does; before, the
     * total's 执行数 read 1335.95029310 and ZP103 (an error on a misread) fired instead.
     */
    @Test
    void theTotalsExecutionRateIsCheckedWhenTailsStandUnderTheNextRowsValues() {
        FormResult read = read("chromium-funding-tails-under-next-values-exec-rate.txt");
        assertEquals(List.of("ZP101 0 [97.2082, 97.2083]"), findings(read));
        assertEquals(List.of("1374.317746", "1374.317746", "1335.950293", "10", "98.46%", "9.72"),
                fundingValues(read, 0));
        assertEquals(List.of("860.066128", "860.066128", "860.066128", "10", "100.00%", "10.00"),
                fundingValues(read, 1));
        assertEquals(List.of("514.251618", "514.251618", "475.884165", "10", "92.54%", "9.25"),
                fundingValues(read, 2));
    }

    /**
     * A whole form (seed 8080 f051, its exec_score error injected: the total's 得分 5.94 where 10.00 × 92.68 % is
     * 9.27): the total's values spread over four lines above the next row's label, one of its cells at each height.
     * The total is read, so ZP102 fires; before, it was in doubt (ZP001 on every cell) and the error went unseen.
     */
    @Test
    void theTotalsExecutionScoreIsCheckedWhenItsValuesSpreadOverFourLines() {
        FormResult read = read("chromium-funding-total-spread-exec-score.txt");
        assertEquals(List.of("ZP102 0 [9.2676, 9.2677]"), findings(read));
        assertEquals(List.of("2161.570333", "1738.575959", "1611.256443", "10.00", "92.68%", "5.94"),
                fundingValues(read, 0));
        assertEquals(List.of("2161.570333", "1738.575959", "1611.256443", "10.00", "92.68%", "9.27"),
                fundingValues(read, 1));
    }

    /** The same form with the total's 得分 9.27 and the 总分 93.27, as the clean form printed them: no finding. */
    @Test
    void theCleanVariantRaisesNoFinding() {
        FormResult read = read("chromium-funding-total-spread-clean.txt");
        assertEquals(List.of(), findings(read));
        assertEquals(List.of(), read.skipped());
    }

    /**
     * The total's rate wrapped ({@code 100.0} / {@code 0%}) and its 得分 {@code 10.00} printed on the line below its
     * values, at the 分值 column's place (seed 829301 f004, an injected ZP202): it was read as the next row's 分值, a
     * 分值 without its 得分, and the total's 得分 as empty, so ZP302 found the indicator 得分 short by 10, an error on a
     * misread. A total lacking a value beside a row holding half of its points is not placed (ZP001 on the total), and
     * the checks of the funding block do not run; the injected ZP202 is found.
     */
    @Test
    void aTotalsScoreReadAsTheNextRowsWeightLeavesTheTotalUnread() {
        FormResult read = read("chromium-funding-total-score-below-at-weight-place.txt");
        assertEquals(List.of("ZP001 0", "ZP202 0"), read.findings().stream().map(f -> f.rule() + " " + f.row())
                .distinct().toList());
        assertEquals(List.of("ZP101", "ZP102", "ZP103", "ZP302"), read.skipped().stream().map(s -> s.rule())
                .filter(r -> List.of("ZP101", "ZP102", "ZP103", "ZP302").contains(r)).toList());
    }

    private static List<String> fundingValues(FormResult read, int row) {
        var f = read.form().funding().get(row);
        return List.of(f.initialBudget().raw(), f.budget().raw(), f.executed().raw(), f.weight().raw(),
                f.rate().raw(), f.score().raw());
    }

    private static List<String> findings(FormResult read) {
        return read.findings().stream().map(LayoutChromiumFundingTest::brief).toList();
    }

    private static String brief(Finding f) {
        return f.rule() + " " + f.row() + " " + f.computed();
    }

    private static FormResult read(String file) {
        FileResult result = ZIPING.check(Path.of("src/test/resources/text/layout").resolve(file));
        assertEquals(1, result.forms().size());
        return (FormResult) result.forms().get(0);
    }
}
