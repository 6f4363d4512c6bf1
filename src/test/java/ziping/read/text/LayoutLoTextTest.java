package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.source.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ziping.read.text.LayoutTextTest.rows;

/**
 * The grid rebuilt from pdftotext -layout text of forms LibreOffice printed, each fixture cut from a generated form
 * (bench/gen, the seed and form named on each test) where an earlier reading went wrong.
 */
class LayoutLoTextTest {

    /**
     * A reason wrapped around its values line whose last line is one character ({@code 。}, seed 71206 f044) in a part
     * of the table where no values line holds a reason word: the reason column stands where the reasons' words do, so
     * the {@code 。} ends the reason rather than joining the 得分 of the row below.
     */
    @Test
    void aReasonsShortLastLineStaysInTheReason() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-reason-last-line-beside-scores.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 年初目标值(A)] [4 实际完成值] [5 权重] [6 得分] [7 偏差原因分析及改进措施]",
                "0 L5 p-: [0x3 效益指标] [1 社会效益指标] [2 本区档案数字化加工项目服务水平] [3 显著提升] [4 显著提升] [5 6.00]"
                        + " [6 6.00] [7 ]",
                "0 L11 p-: [1 社会效益指标] [2 二级、三级安全等级测试硬件采购服务公众知晓率] [3 ≥100%] [4 57.00%] [5 7.00]"
                        + " [6 3.99] [7 实际需求低于预期，按实际发生结算，将加强与相关部门的沟通协调。]",
                "0 L18 p-: [1 可持续影响指标] [2 社区卫生服务中心走访慰问任务持续发挥作用] [3 定性-好] [4 好] [5 11.00]"
                        + " [6 11.00] [7 ]"), rows(text));
    }

    /**
     * The last funding row printed without values ({@code 其他资金}) right over the goals header's side label
     * ({@code 年} / {@code 度}, seed 5151 f022): it is the funding block's row, not a part of the goals header.
     */
    @Test
    void anEmptyLastFundingRowAboveTheGoalsHeaderIsAFundingRow() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-last-funding-row-over-goals-header.txt");
        assertEquals(List.of(
                "0 L2 p-: [0 项目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 全年执行数（B）] [4 分值] [5 预算执行率] [6 自评得分]",
                "0 L5 p-: [0 年度资金总额:] [1 2736.42] [2 2736.42] [3 2212.10] [4 10.0] [5 80.84%] [6 8.08]",
                "0 L7 p-: [0 当年财政拨款] [1 1782.14] [2 1782.14] [3 1549.03] [4 10.0] [5 86.92%] [6 8.69]",
                "0 L11 p-: [0 上年结转资金] [1 954.28] [2 954.28] [3 663.07] [4 10.0] [5 69.48%] [6 6.95]",
                "0 L13 p-: [0 其他资金] [1 ] [2 ] [3 ] [4 ] [5 ] [6 ]",
                "1 L14 p-: [0 预期目标] [1 实际完成情况]",
                "1 L17 p-: [0 完成设备采购和安装调试工作，确保按期投入使用。] [1 对接入的监测信息和视频信号作出监测预警、超]"),
                rows(text));
    }

    /**
     * A values line whose target and actual pdftotext set close after the name's line, the target under the name's
     * column and the actual under the target's header ({@code 按时限完成 按时限完成 7.00 7.00}, seed 5151 f047): the two
     * values right before the 分值 number are the target and the actual.
     */
    @Test
    void theTwoValuesBeforeTheNumbersAreTargetAndActual() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-values-set-close-after-a-name.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 年度指标值（A）] [4 实际完成值] [5 指标分值] [6 自评得分]"
                        + " [7 偏差原因分析及改进措施]",
                "0 L7 p-: [0 效益指标] [1 可持续影响指标] [2 重点行业领域走访慰问系统长效机制建立] [3 逐步提升] [4 逐步提升]"
                        + " [5 8.00] [6 8.00] [7 ]",
                "0 L12 p-: [0 效益指标] [1 社会效益指标] [2 农村地区走访慰问应急处置能力] [3 按时限完成] [4 按时限完成] [5 7.00]"
                        + " [6 7.00] [7 无]"), rows(text));
    }

    /**
     * A target wrapped around its values line ({@code ≤10个工作} / {@code 日}) and the actual on the values line set
     * under the target's header (seed 8080 f011): the actual, right of the target's lines, goes to its own column.
     */
    @Test
    void aValueBetweenTheWrappedLinesOfTheOtherGoesToItsColumn() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-value-between-wrapped-lines.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 预期指标值] [4 完成值] [5 分值] [6 自评得分] [7 偏差原因分析及改进措施]",
                "0 L6 p-: [0 产出指标] [1 时效指标] [2 全市软件开发办结时限] [3 ≤12个月] [4 10个月] [5 6] [6 6] [7 ]",
                "0 L10 p-: [0 产出指标] [1 时效指标] [2 中小学校视频监控点位修复时间] [3 ≤10个工作日] [4 10个工作日] [5 6]"
                        + " [6 6] [7 ]"), rows(text));
    }

    /**
     * A target and an actual both wrapped over two lines, set so close that both lines' words fall in the target's
     * column ({@code 达成年度指 达成年度指} / {@code 标 标}, seed 5151 f020): the right word of each line is the actual.
     */
    @Test
    void twoWordsOfALineInTheTargetColumnAreTargetAndActual() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-target-and-actual-wrapped-close.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 年初目标值(A)] [4 实际完成值] [5 权重] [6 得分] [7 未完成原因分析]",
                "0 L6 p-: [0x4 效益指标] [1 可持续影响指标] [2 长效机制建立] [3 定性-好] [4 好] [5 8.00] [6 8.00] [7 ]",
                "0 L10 p-: [1 可持续影响指标] [2 重点行业领域图书采购项目持续发挥作用] [3 优] [4 优] [5 4.00] [6 4.00] [7 ]",
                "0 L14 p-: [1 可持续影响指标] [2 设备采购系统持续发挥作用] [3 达成年度指标] [4 达成年度指标] [5 4.00] [6 4.00]"
                        + " [7 ]",
                "0 L18 p-: [1 社会效益指标] [2 各街道（乡镇）宣传活动应急处置能力] [3 是] [4 是] [5 4.00] [6 4.00] [7 ]"),
                rows(text));
    }

    /**
     * A page whose 二级 labels and names start at the same places (pdftotext set the names of some rows 4 to 6 places
     * further left than others, seed 5151 f006): a whole label ({@code 质量指标}) costs as a label's end in the name
     * column, so it stays a label and the rows below keep theirs. Only the first rows are asserted: the rows below
     * still read a wrapped unit's tail ({@code 方米}) into the name.
     */
    @Test
    void aWholeLabelWhereNamesStartStaysALabel() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-whole-label-where-names-start.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 指标值] [4 全年实际值] [5 权重] [6 得分] [7 未完成原因分析]",
                "0 L6 p-: [0x3 效益指标] [1 质量指标] [2 中小学校数据接入系统准确率] [3 不少于100篇] [4 138篇] [5 6] [6 6] [7 /]",
                "0 L10 p-: [1 可持续影响指标] [2 农村地区绿化养护项目持续发挥作用] [3 合格] [4 合格] [5 9] [6 9] [7 ]",
                "0 L15 p-: [1 社会效益指标] [2 按照年度工作计划要求公共厕所维护应急处置能力] [3 定性-好] [4 好] [5 12] [6 12] [7 ]"),
                rows(text).subList(0, 4));
    }

    /**
     * A continued page that pdftotext set at another pitch than the first page's header (seed 5151 f053): its labels
     * stand 3 places right of the header's, its values 7 left, so the header's places scaled by the values put the
     * 一级 column left of every label and the 二级 column on the 一级 labels; the label columns stand where the words
     * only one level's labels begin with do ({@code 产出指标}, {@code 效益指标} / {@code 质量指标}, {@code 社会效益}).
     * Cells up to 得分 are asserted (the last two rows' reason is still split at the wrong line).
     */
    @Test
    void labelColumnsStandWhereTheirLevelsWordsDo() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-continued-page-labels-right-of-first.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 年度指标值] [4 实际完成值] [5 权重] [6 自评得分]",
                "0 L7 p-: [0x6 产出指标] [1x3 质量指标] [2 农村地区体检服务服务验收合格率] [3 100.00%] [4 90%] [5 3.00] [6 2.70]",
                "0 L13 p-: [2 各街道（乡镇）培训服务合格率] [3 ≥92.5%] [4 100%] [5 3.00] [6 3.00]",
                "0 L17 p-: [2 社区卫生服务中心软件开发故障率] [3 ≤10%] [4 ≤10%] [5 5.00] [6 5.00]",
                "0 L20 p-: [1x3 时效指标] [2 办结时限] [3 ≤72周] [4 68周] [5 5.00] [6 5.00]",
                "0 L23 p-: [2 各街道（乡镇）危险源排查完成时间] [3 2021年11月] [4 2021年6月] [5 1.00] [6 1.00]",
                "0 L27 p-: [2 应急演练系统修复时间] [3 ≤2小时] [4 0小时] [5 8.00] [6 8.00]",
                "0 L31 p-: [0 成本指标] [1 经济成本指标] [2 成本] [3 ≤353万元] [4 328万元] [5 5.00] [6 5.00]",
                "0 L34 p-: [0x5 效益指标] [1x4 社会效益指标] [2 服务水平] [3 按时限完成] [4 按时限完成] [5 3.00] [6 3.00]",
                "0 L39 p-: [2 辖区内图书采购项目公众知晓率] [3 ≥99%] [4 83.7%] [5 4.00] [6 1.81]",
                "0 L45 p-: [2 辖区内视频监控点位服务社会影响] [3 有所提升] [4 有所提升] [5 4.00] [6 4.00]",
                "0 L49 p-: [2 中小学校安全评估系统公众知晓率] [3 ≥95%] [4 100%] [5 5.00] [6 5.00]",
                "0 L53 p-: [1 可持续影响指标] [2 各街道（乡镇）执法检查任务长效机制建立] [3 按计划完成] [4 按计划完成] [5 3.00]"
                        + " [6 3.00]",
                "0 L56 p-: [0x2 满意度指标] [1x2 服务对象满意度指标] [2 使用人员满意度] [3 ≥80%] [4 ≥80%] [5 7.00] [6 7.00]",
                "0 L62 p-: [2 参训人员满意度] [3 ≥85%] [4 65.88%] [5 6.00] [6 4.65]"),
                rows(text).stream().map(row -> row.substring(0, row.indexOf(" [7 "))).toList());
    }

    /**
     * An indicator header on five lines whose 权重 stands on the fourth, between 自评得 on the first and its 分 on the
     * fifth (seed 5151 f011): 权重 is a column of its own, not a part of 自评得…分, so 分值 and 得分 read apart.
     */
    @Test
    void aColumnNameBetweenTheWrappedPartsOfAnotherStaysItsOwn() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-header-on-five-lines.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 年初目标值(A)] [4 完成值] [5 权重] [6 自评得分] [7 改进措施]",
                "0 L11 p-: [0x2 效益指标] [1 可持续影响指标] [2 二级、三级安全等级测试图书采购系统正常使用年限] [3 ≥10年] [4 7年]"
                        + " [5 8] [6 5.60] [7 年度指标设置偏高，今后将科学合理设置绩效目标。]",
                "0 L17 p-: [1 服务对象满意度指标] [2 服务对象满意度] [3 ≥96%] [4 100%] [5 8] [6 8] [7 ]"), rows(text));
    }

    /**
     * A funding block whose amounts wrap around each row's middle line, that line and the one above it set at their
     * own pitches (seed 113029 f028: the rates of the upper line 4 places left of the lower row's, so each value column
     * falls into two groups): neighbouring groups that share no line and hold rates both or neither are one column, and
     * every row reads.
     */
    @Test
    void fundingValueGroupsOfOneColumnSetAtTwoPitchesAreOneColumn() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-funding-lines-at-own-pitches.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市东城区园林绿化局] [2 实施单位] [3 怀柔区文化培训中心]",
                "0 L5 p-: [0 项目资金（万元）] [1 年初预算数] [2 全年预算数（A）] [3 全年执行数] [4 分值] [5 预算执行率] [6 自评得分]",
                "0 L7 p-: [0 总额] [1 2506.310478] [2 2845.047450] [3 2661.404240] [4 10.00] [5 93.55%] [6 9.35]",
                "0 L11 p-: [0 当年财政拨款] [1 2506.310478] [2 2845.047450] [3 2661.404240] [4 -] [5 93.55%] [6 -]",
                "0 L17 p-: [0 上年结转资金] [1 ] [2 ] [3 ] [4 ] [5 ] [6 ]"), rows(text));
    }

    /**
     * The same, where the total row's rate stands on the line above its 分值 (seed 120517 f048: {@code 94.81} 4 places
     * right of {@code 10.00}, the rates below 4 further): the merged groups' centres place the columns, not the medians
     * of the fullest lines (which put 94.81% under 分值 and left the row one unreadable cell).
     */
    @Test
    void mergedValueGroupsPlaceTheColumnsBetweenTheirPitches() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-funding-total-rate-above-its-middle-line.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市规划和自然资源委员会] [2 实施单位] [3 北京市水环境监测服务中心]",
                "0 L5 p-: [0 项目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 执行数(B)] [4 分值] [5 预算执行率] [6 得分]",
                "0 L7 p-: [0 年度资金总额:] [1 1754.170873] [2 1754.170873] [3 1663.193592] [4 10.00] [5 94.81%] [6 9.48]",
                "0 L11 p-: [0 本年财政拨款] [1 1315.141535] [2 1315.141535] [3 1263.648176] [4 -] [5 96.08%] [6 -]",
                "0 L18 p-: [0 上年结转] [1 439.029338] [2 439.029338] [3 399.545416] [4 -] [5 91.01%] [6 -]"),
                rows(text));
    }

    /**
     * A row without values (上年结转, absent) over a row whose cells LibreOffice prints at three heights, its rate
     * {@code 90.41} on the line above its label (seed 71206 f059): of the row bounds otherwise alike, the one that
     * leaves each row whole or empty is taken, so the rate stays with 其他资金 (before, 上年结转 read a rate of 90.41%
     * and 其他资金 none).
     */
    @Test
    void anEmptyRowDoesNotTakeTheRateOfTheRowBelow() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-funding-empty-row-over-values-above-label.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 主管部门] [1 北京市交通委员会] [2 实施单位] [3 延庆区水务研究院]",
                "0 L6 p-: [0 目资金（万元）] [1 年初预算数] [2 调整后预算数] [3 执行数(B)] [4 分值] [5 执行率(B/A)] [6 得分]",
                "0 L7 p-: [0 年度资金总额] [1 1849.65] [2 1849.65] [3 1715.28] [4 10.00] [5 92.74%] [6 9.27]",
                "0 L11 p-: [0 本年财政拨款] [1 1724.94] [2 1724.94] [3 1602.53] [4 -] [5 92.90%] [6 -]",
                "0 L15 p-: [0 上年结转] [1 ] [2 ] [3 ] [4 ] [5 ] [6 ]",
                "0 L18 p-: [0 其他资金] [1 124.71] [2 124.71] [3 112.75] [4 -] [5 90.41%] [6 -]"), rows(text));
    }
    /**
     * A 一级 label merged over rows of two pages printed again among the lines of the second page's repeated header
     * ({@code 产出指} on a line of its own, {@code 标} below the header's last line; seed 264851 f059): the header is read
     * around it, so the second page keeps its columns (it lost them, and 61 fields with them). The first row's merged
     * 二级 cell still covers the row above it ({@code 数量指标} on row L6, whose 二级 cell is empty): another fault.
     */
    @Test
    void aLabelReprintedAmongTheHeaderLinesIsNoColumn() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-label-reprinted-among-header-lines.txt");
        String header = "[0 一级指标] [1 二级指标] [2 三级指标] [3 年初目标值(A)] [4 实际完成值（B）] [5 分值] [6 得分]"
                + " [7 偏差原因分析及改进措施]";
        assertEquals(List.of(
                "0 L1 p1: " + header,
                "0 L6 p1: [0x3 产出指标] [1x2 数量指标] [2 本区培训服务完成率] [3 100.00%] [4 100.00%] [5 2.00] [6 2.00] [7 ]",
                "0 L11 p1: [2 对接入的矿山、尾矿库监测信息和视频信号专家咨询任务覆盖率] [3 ≥95%] [4 100%] [5 9.00] [6 9.00] [7 ]",
                "0 L16 p1: [1 质量指标] [2 档案数字化加工故障率] [3 ≤5%] [4 ≤5%] [5 3.00] [6 3.00] [7 /]",
                "0 L19 p2: " + header,
                "0 L25 p2: [1 质量指标] [2 全市课程开发质量] [3 定性-好] [4 好] [5 5.00] [6 5.00] [7 ]",
                "0 L29 p2: [1 质量指标] [2 辖区内图书采购工作故障率] [3 ≤1%] [4 2%] [5 10.00] [6 5.00]"
                        + " [7 招标失败后重新组织采购，实施周期缩短。]",
                "0 L33 p2: [1 质量指标] [2 全市系统运维故障率] [3 ≤1%] [4 0.7%] [5 11.00] [6 11.00] [7 ]",
                "0 L37 p2: [1 社会效益指标] [2 应急处置能力] [3 规范] [4 规范] [5 7.00] [6 7.00] [7 无]"), rows(text));
    }

    /**
     * A one-line name printed on its values line a few places left of where the names start, between the lines of the
     * 二级 label wrapped around that line ({@code 经济成本} / {@code 成本指标 运维费用 …} / {@code 指标}, seed 711433 f015):
     * it is the row's name, not a part of the label. It had been read into the label (经济成本运维费用指标), the row
     * nameless and in doubt (ZP007), and the met-but-deducted check on the row above skipped.
     */
    @Test
    void aNameBetweenTheLinesOfItsRowsLabelIsTheName() throws Exception {
        List<String> rows = rows(TextGridsTest.text("/text/layout/lo-name-between-level2-label-lines.txt"));
        assertEquals("0 L32 p2: [0 成本指标] [1 经济成本指标] [2 运维费用] [3 ≤183.82万元] [4 215.25万元] [5 3.00] [6 2.56]"
                + " [7 受疫情影响，部分培训活动延期举办，受天气原因影响施工进度。]",
                rows.stream().filter(r -> r.startsWith("0 L32 ")).findFirst().orElseThrow());
        assertEquals("0 L25 p2: [2 验收合格率] [3 ≥95%] [4 99%] [5 4.00] [6 2.73] [7 下一步将加强项目进度管理，受天气原因影响施工进度。]",
                rows.stream().filter(r -> r.startsWith("0 L25 ")).findFirst().orElseThrow());
    }

    /**
     * A header repeated on page 2 with the 二级 label merged over the page break printed beside 一级指标 on a line of its
     * own ({@code 一级指标 数量指标} over {@code 二级指标 三级指标 指标值 权重}, seed 603917 f008): it reads with columns
     * missing, so the page keeps page 1's columns, as a page that repeats no header does. Every row of page 2 had been
     * lost, without a parse finding.
     */
    @Test
    void aRepeatedHeaderReadWithColumnsMissingLeavesThePageItsColumnsAbove() throws Exception {
        List<String> rows = rows(TextGridsTest.text("/text/layout/lo-level2-label-beside-level1-on-repeated-header.txt"));
        assertEquals(List.of(
                "0 L37 p2: [2 课程开发数量] [3 24个] [4 32个] [5 4] [6 4] [7 ]",
                "0 L40 p2: [2 公共厕所维护场次] [3 ≥50座] [4 35座] [5 9] [6 6.30] [7 及时开展相关工作。]",
                "0 L45 p2: [0x4 效益指标] [1 生态效益指标] [2 按照年度工作计划要求河道巡查任务空气质量改善] [3 好] [4 好] [5 7] [6 7]"
                        + " [7 ]",
                "0 L50 p2: [1x2 可持续影响指标] [2 中小学校河道巡查系统长效机制建立] [3 按时限完成] [4 按时限完成] [5 0] [6 0] [7 ]",
                "0 L55 p2: [2 老旧管网改造系统正常使用年限] [3 ≥1年] [4 ≥1年] [5 2] [6 2] [7 ]",
                "0 L59 p2: [1 社会效益指标] [2 安全评估公众知晓率] [3 ≥100%] [4 100%] [5 8] [6 8] [7 ]",
                "0 L63 p2: [0x2 满意度指标] [1x2 服务对象满意度指标] [2 重点行业领域隐患整改使用人员满意度] [3 ≥99%] [4 100%] [5 0]"
                        + " [6 0] [7 ]",
                "0 L69 p2: [2 辖区内图书采购群众满意度] [3 不低于95%] [4 100%] [5 10] [6 10] [7 ]",
                "0 L73 p2: [0x2 成本指标] [1x2 经济成本指标] [2 按照年度工作计划要求安全评估服务采购成本] [3 ≤219.5万元]"
                        + " [4 ≤219.5万元] [5 7] [6 7] [7 ]",
                "0 L81 p2: [2 按照年度工作计划要求软件开发工作采购成本] [3 ≤172万元] [4 258.8万元] [5 6] [6 3.99]"
                        + " [7 已在次年一季度完成，年度指标设置偏高，今后将科学合理设置绩效目标。]",
                "0 L86 p2: [0 总分] [5 100] [6 96.25]"), rows.subList(rows.size() - 11, rows.size()));
        String page1Last = rows.stream().filter(r -> r.startsWith("0 L27 ")).findFirst().orElseThrow();
        assertEquals("0 L27 p1: [1 数量指标] [2 农村地区硬件采购规模] [3 162.8万元] [4 141.0万元] [5 9] [6 7.79]",
                page1Last.substring(0, page1Last.indexOf(" [7 ")));
    }

    /**
     * The same with the label's start on the header's second line ({@code 成本指 二级指标 三级指标 …}, seed 5151 f035):
     * the header lost its 一级 column, the row below read 2.50 as its actual and no 得分, and the 总分 check (ZP302)
     * raised an error on a misread.
     */
    @Test
    void aLabelStartOnAHeaderLineIsNoColumn() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-label-start-on-header-line.txt");
        assertEquals(List.of(
                "0 L1 p2: [0 一级指标] [1 二级指标] [2 三级指标] [3 年度指标值（A）] [4 完成值] [5 分值] [6 自评得分]"
                        + " [7 偏差原因分析及改进措施]",
                "0 L7 p2: [1 经济成本指标] [2 对接入的矿山、尾矿库监测信息和视频信号课程开发成本] [3 ≤187万元] [4 ≤187万元]"
                        + " [5 2.50] [6 2.50] [7 ]",
                "0 L11 p2: [0 总分] [5 100.00] [6 88.94]"), rows(text));
    }

    /**
     * LibreOffice's 二级 label merged over rows on both sides of a page break, printed on the last line of the page's
     * last row and again alone above the next page's first row (seed 318877 f015, header lines 30-33, body lines 62-91
     * and its 总分 line): {@code 时效指标 应时间} / {@code \f 时效指标}. The two are one label over the rows of both
     * pages; before, the second was a label of its own above no row, and 数量指标 took the next page's 时效 rows.
     */
    @Test
    void aLabelOnAPagesLastRowAndAboveTheNextPagesFirstRowIsOne() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-level2-label-on-last-row-and-next-page-top.txt");
        assertEquals(List.of(
                "0 L1 p1: [0 一级指标] [1 二级指标] [2 三级指标] [3 指标值] [4 实际完成值（B）] [5 指标分值] [6 得分]"
                        + " [7 未完成原因分析]",
                "0 L5 p1: [0x3 产出指标] [1x3 时效指标] [2 全市隐患整改办结时限] [3 ≤60周] [4 ≤60周] [5 4] [6 4] [7 ]",
                "0 L8 p1: [2 各街道（乡镇）系统运维工作完成时间] [3 2022年7月31日] [4 2022年6月9日] [5 3] [6 3] [7 ]",
                "0 L12 p1: [2 中小学校应急演练服务响应时间] [3 ≤30日] [4 ≤30日] [5 3] [6 3] [7 ]",
                "0 L17 p2: [1x2 时效指标] [2 各街道（乡镇）专家咨询完成时限] [3 规范] [4 规范] [5 3] [6 3] [7 ]",
                "0 L21 p2: [2 重点行业领域老旧管网改造任务完成时限] [3 好] [4 好] [5 4] [6 4] [7 ]",
                "0 L26 p2: [1x3 数量指标] [2 中小学校监测站点覆盖率] [3 ≥95%] [4 77.2%] [5 3] [6 2.44]"
                        + " [7 因采购流程延长，设备到货时间推迟至次年，招标失败后重新组织采购，实施周期缩短。]",
                "0 L31 p2: [2 二级、三级安全等级测试应急演练服务覆盖率] [3 ≥90%] [4 98.60%] [5 5] [6 5] [7 ]",
                "0 L34 p2: [2 视频监控点位项目覆盖率] [3 ≥96%] [4 ≥96%] [5 4] [6 4] [7 ]",
                "0 L35 p2: [0 总分] [5 100] [6 96.39]"), rows(text));
    }

    /**
     * LibreOffice's row whose target wraps around its values line, the actual alone on that line between the target's
     * two parts (fresh seed 583091 f016, header lines 48-51 and body lines 76-100): {@code ≤157.5万} over
     * {@code 263.4万元 8.0 4.78} over {@code 元}. pdftotext set each line at its own pitch, so the target's parts fell in
     * different columns; the one word of the values line, right of the parts that join to a value, is the actual and
     * the parts are the target. Before, the actual read {@code ≤157.5万 | 263.4万元}, the row was in doubt and an
     * injected missing reason (ZP204) on it was skipped.
     */
    @Test
    void aTargetWrappedAroundTheActualsValuesLineIsTheTarget() throws Exception {
        SourceText text = TextGridsTest.text("/text/layout/lo-target-wrapped-around-actual-on-values-line.txt");
        assertEquals(List.of(
                "0 L1 p-: [0 一级指标] [1 二级指标] [2 三级指标] [3 预期指标值] [4 全年实际值] [5 分值] [6 自评得分]"
                        + " [7 未完成原因分析]",
                "0 L8 p-: [0 满意度指标] [1 服务对象满意度指标] [2 走访慰问项目使用人员满意度] [3 ≥95%] [4 100%] [5 14.0]"
                        + " [6 14.00] [7 ]",
                "0 L15 p-: [0 满意度指标] [1 服务对象满意度指标] [2 使用人员使用人员满意度] [3 ≥80%] [4 87%] [5 13.0]"
                        + " [6 13.00] [7 ]",
                "0 L20 p-: [0x2 成本指标] [1 经济成本指标] [2 社区卫生服务中心走访慰问项目成本] [3 ≤157.5万元]"
                        + " [4 263.4万元] [5 8.0] [6 4.78] [7 ]",
                "0 L25 p-: [1 经济成本指标] [2 专家咨询工作采购成本] [3 ≤202.44万元] [4 103.28万元] [5 8.0] [6 8.00] [7 ]",
                "0 L29 p-: [0 总分] [5 100.0] [6 94.89]"), rows(text));
    }
}
