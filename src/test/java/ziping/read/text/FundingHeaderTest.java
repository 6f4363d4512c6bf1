package ziping.read.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Funding header words wrapped at different heights read as column names by their characters. */
class FundingHeaderTest {
    /**
     * Chromium's text of a header whose 执行率(B/A) wraps on three lines, its first line printed right of its second
     * (率(B/ … 执行, A) below), and whose 全年预算 / 数（A） and 预算执行 / 数 wrap on two.
     */
    @Test
    void columnsFromWordsWrappedAtDifferentHeights() {
        List<List<LayoutToken>> lines = lines(
                "                                 全年预算 预算执行 分值 率(B/       执行",
                "                    年初预算数        数（A）         数               自评得分",
                "                                                          A)");
        assertEquals(List.of("initialBudget 年初预算数", "budget 全年预算数（A）", "executed 预算执行数", "weight 分值",
                "rate 执行率", "score 自评得分"), described(FundingHeader.columns(lines)));
    }

    /** A word that names no column (a header field's wrapped value) is left out; each role is named once. */
    @Test
    void aWordNamingNothingIsLeftOut() {
        List<List<LayoutToken>> lines = lines(
                "                                            管理处",
                "                         调整后预      预算执行           预算",
                "            年初预算数          算数         数 分值 执行          自评得分",
                "                                                   率");
        assertEquals(List.of("initialBudget 年初预算数", "budget 调整后预算数", "executed 预算执行数", "weight 分值",
                "rate 预算执行率", "score 自评得分"), described(FundingHeader.columns(lines)));
    }

    /**
     * Chromium's text of seed 40917 f052: 得分 printed on the line below, left of 分值 and 执行率 (each line at its own
     * pitch). The columns keep the order funding columns keep, so 得分 is the last, not the third (the wrapped note
     * (B/A), naming nothing, goes with the last column's printed name).
     */
    @Test
    void theScoreColumnComesLastThoughPrintedLeftOfTheWeight() {
        List<List<LayoutToken>> lines = lines(
                "              年初预算数             调整后预算 执行数(B) 分值 执行率",
                "                                            得分",
                "                                    数                (B/A)");
        assertEquals(List.of("initialBudget 年初预算数", "budget 调整后预算数", "executed 执行数(B)", "weight 分值",
                "rate 执行率", "score 得分(B/A)"), described(FundingHeader.columns(lines)));
    }

    /**
     * Chromium's text of seed 63011 f023: 全年执行 on the line above, right of 全年预算, its 数 below between 数（A） and
     * 分值. The executed amount's column comes before 分值, so 全年执行 / 数 names it (before, 全年预算 took both 数 and
     * the executed column came after 分值).
     */
    @Test
    void theExecutedColumnComesBeforeTheWeight() {
        List<List<LayoutToken>> lines = lines(
                "                        全年预算      全年执行        执行",
                "            年初预算数 数（A） 数 分值 率(B/ 自评得分",
                "                                                A)");
        assertEquals(List.of("initialBudget 年初预算数", "budget 全年预算数（A）", "executed 全年执行数", "weight 分值",
                "rate 执行率(B/", "score 自评得分A)"), described(FundingHeader.columns(lines)));
    }

    @Test
    void nameCharactersLeaveOutBracketedNotesEvenWrapped() {
        assertEquals(List.of("率", "", "数", "执行率", "得分"), List.of(FundingHeader.nameCharacters("率(B/"),
                FundingHeader.nameCharacters("A)"), FundingHeader.nameCharacters("数（A）"),
                FundingHeader.nameCharacters("执行率(B/A)"), FundingHeader.nameCharacters("得分")));
    }

    private static List<List<LayoutToken>> lines(String... text) {
        List<List<LayoutToken>> out = new ArrayList<>();
        for (String line : text) {
            out.add(LayoutToken.of(out.size(), line));
        }
        return out;
    }

    private static List<String> described(List<LayoutColumn> columns) {
        return columns.stream().map(c -> c.role() + " " + c.text()).toList();
    }
}
