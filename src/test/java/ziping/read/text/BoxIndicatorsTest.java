package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.grid.GridCell;
import ziping.read.text.Boxes.Box;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Indicator rows of box-ordered text: rows left in doubt, and the 总分 row whose 分值 wrapped (a wrapped box prints after
 * a one-line one wherever it stands).
 */
class BoxIndicatorsTest {
    private static final List<Box> HEADER = List.of(
            box(1, "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"));
    private static final List<Box> BODY = List.of(
            box(3, "产出指标 数量指标 名称甲 ≥95% 97% 60.00 58.00"),
            box(5, "效益指标 社会效益指标 名称乙 ≥90% 92% 30.00 30.00"));

    private static Box box(int line, String... lines) {
        return new Box(line, 1, List.of(lines), false);
    }

    private static List<String> total(BigDecimal funding, Box... after) {
        BoxIndicators table = BoxIndicators.of(HEADER, BODY);
        table.rows();
        List<Box> boxes = new ArrayList<>(List.of(box(7, "总分 88.00")));
        boxes.addAll(List.of(after));
        return table.total(boxes, new BoxIndicators.FundingPoints(funding, null)).cells();
    }

    private static List<List<String>> rows(String... boxes) {
        List<Box> body = new ArrayList<>();
        for (int i = 0; i < boxes.length; i++) {
            body.add(box(3 + 2 * i, boxes[i].split("\n")));
        }
        return BoxIndicators.of(HEADER, body).rows().stream().skip(1).map(TextRow::cells).toList();
    }

    @Test
    void aStrayTextLeavesTheRowsTextInDoubtAndTheirPointsCertain() {
        // 效益指标 fits neither row (each has its 一级): the rows' texts are in doubt (ZP007), their 分值 and 得分 are
        // their anchors' and still count in the sums.
        assertEquals(List.of(
                        List.of("产出指标", "数量指标", GridCell.TEXT_IN_DOUBT + "名称甲", "≥95%", "97%", "60.00", "58.00", ""),
                        List.of("产出指标", "质量指标", GridCell.TEXT_IN_DOUBT + "名称乙", "≥90%", "92%", "30.00", "30.00", "")),
                rows("产出指标 数量指标 名称甲 ≥95% 97% 60.00 58.00", "效益指标", "产出指标 质量指标 名称乙 ≥90% 92% 30.00 30.00"));
    }

    /**
     * Two rows that lost points and read no reason stand above a row whose reason holds three sentences (pdfminer joined
     * three rows' reasons into one box, 603917 f017): the first two sentences may as well be theirs, so all three rows'
     * text is in doubt; their four values on their lines are still read for sure.
     */
    @Test
    void rowsAboveAReasonOfAsManyMoreSentencesAreInDoubt() {
        String doubt = GridCell.VALUES_ON_LINE + GridCell.TEXT_IN_DOUBT;
        List<List<String>> rows = rows("产出指标 数量指标 名称甲 ≥95% 90% 10.00 8.00", "产出指标 数量指标 名称乙 ≥95% 90% 10.00 8.00",
                "产出指标 数量指标 名称丙 ≥95% 90% 10.00 8.00 原因一。原因二。原因三。");
        assertEquals(List.of(doubt + "名称甲", doubt + "名称乙", doubt + "名称丙"), rows.stream().map(r -> r.get(2)).toList());
        List<List<String>> two = rows("产出指标 数量指标 名称甲 ≥95% 90% 10.00 8.00", "产出指标 数量指标 名称乙 ≥95% 90% 10.00 8.00",
                "产出指标 数量指标 名称丙 ≥95% 90% 10.00 8.00 原因一。原因二。");
        assertEquals(List.of(GridCell.VALUES_ON_LINE + "名称甲", doubt + "名称乙", doubt + "名称丙"),
                two.stream().map(r -> r.get(2)).toList());
    }

    @Test
    void aStrayNumberLeavesTheRowWithoutItsName() {
        // 8 may be a 分值 of a row the anchors missed: the row it falls in loses its name (ZP003); the row above,
        // whose division the 8 leaves in doubt but not its numbers, has its text in doubt (ZP007).
        List<List<String>> rows = rows("产出指标 数量指标 名称甲 ≥95% 97% 60.00 58.00 原因甲。", "8",
                "产出指标 质量指标 名称乙 ≥90% 92% 30.00 30.00");
        assertEquals(List.of(
                        List.of("产出指标", "数量指标", GridCell.TEXT_IN_DOUBT + "名称甲", "≥95%", "97%", "60.00", "58.00",
                                "原因甲。"),
                        List.of("产出指标", "质量指标", "", "≥90%", "92%", "30.00", "30.00", "")), rows);
    }

    @Test
    void aValuesLineJoinedToTheLineAboveLeavesTheRowWithoutItsName() {
        // The second row's values line was printed in one box with the labels above it: its 分值 and 得分 stand in a
        // text, so the rows cannot be told apart (ZP003), never read as a name.
        List<List<String>> rows = rows("产出指标 数量指标 名称甲 ≥95% 97% 60.00 58.00",
                "成本指标 经济成本指\n成本指标 名称乙 ≥147万元 102万元 7 7");
        assertEquals(1, rows.size());
        assertEquals(List.of("产出指标", "数量指标", "", "≥95%", "97%", "60.00", "58.00"), rows.get(0).subList(0, 7));
    }

    @Test
    void theWrappedNumberTheRows分值AddUpToWithTheFundings分值IsThe分值() {
        assertEquals(List.of("总分", "", "", "", "", "100.00", "88.00", ""),
                total(new BigDecimal("10.00"), box(9, "100.0", "0")));
    }

    @Test
    void theOneLineNumberTheRows分值AddUpToIsThe分值() {
        // 90 and 88.5 (wrapped as 88. / 5): the 分值 stands first in the text, the 得分 after it.
        BoxIndicators table = BoxIndicators.of(HEADER, BODY);
        table.rows();
        assertEquals(List.of("总分", "", "", "", "", "90", "88.5", ""),
                table.total(List.of(box(7, "总分 90"), box(9, "88.", "5")), new BoxIndicators.FundingPoints(null, null))
                        .cells());
    }

    @Test
    void ofNumbersTheRowsDoNotAddUpToTheLargerIsThe分值() {
        // a 得分 is out of its 分值; the form's weights not adding up is the rules' to report (until this, the two
        // numbers were kept in one cell, a parse finding that hid the weights' sum)
        assertEquals(List.of("总分", "", "", "", "", "100.00", "88.00", ""), total(null, box(9, "100.0", "0")));
    }

    @Test
    void ofNumbersTheRows分值DoNotAddUpToTheOneTheir得分AddUpToIsThe得分() {
        // seed 155134 f058 (LibreOffice, pdfminer -M 40): weights raised past the 总分's, so the form scores above its
        // 分值; the larger number, taken as the 分值, had raised a false ZP302. Rows 90 + funding 10 = 100 ≠ 95.00 or
        // 98.00; rows' 得分 88 + funding 10 = 98.00.
        BoxIndicators table = BoxIndicators.of(HEADER, BODY);
        table.rows();
        assertEquals(List.of("总分", "", "", "", "", "95.00", "98.00", ""),
                table.total(List.of(box(7, "总分 98.00"), box(9, "95.0", "0")),
                        new BoxIndicators.FundingPoints(new BigDecimal("10"), new BigDecimal("10"))).cells());
    }

    @Test
    void aNumberBothSumsAddUpToBesideOneNeitherDoesIsNotPlaced() {
        // seed 729046 f058 (pdfminer -M 40, both producers): weights raised so that they add up to 99, as the scores
        // do, 总分 printed 99.00 and 100.0 / 0. Taking 99.00 as the 分值 had raised ZP302 on the 100.00 read as the
        // 得分; which of the two is wrong is what the sum checks would say, so both stay in one cell (ZP001). Here
        // rows 90 + funding 10 = 100 = rows' 得分 88 + funding 12.
        BoxIndicators table = BoxIndicators.of(HEADER, BODY);
        table.rows();
        assertEquals(List.of("总分", "", "", "", "", "98.00 100.00", "", ""),
                table.total(List.of(box(7, "总分 98.00"), box(9, "100.0", "0")),
                        new BoxIndicators.FundingPoints(new BigDecimal("10"), new BigDecimal("12"))).cells());
    }

    private static TextRow wrappedTotalRow(List<Box> firsts, Box... labelAndAfter) {
        BoxIndicators table = BoxIndicators.of(HEADER, BODY);
        table.rows();
        return table.wrappedTotal(firsts, List.of(labelAndAfter),
                new BoxIndicators.FundingPoints(new BigDecimal("10.00"), null));
    }

    private static List<String> wrappedTotal(List<Box> firsts, Box... labelAndAfter) {
        return wrappedTotalRow(firsts, labelAndAfter).cells();
    }

    @Test
    void aTotalWhoseNumbersBothWrappedIsReadWhereBothPairingsGiveTheSameNumbers() {
        // 100.00 and 100.00 printed 100.0, 100.0, 总分, 0, 0: until this the score read 0 and ZP302 fired on a clean form
        assertEquals(List.of("总分", "", "", "", "", "100.00", "100.00", ""),
                wrappedTotal(List.of(box(6, "100.0"), box(6, "100.0")), box(7, "总分"), box(8, "0"), box(8, "0")));
        // 100.00 and 96.41 (100.0 / 0, 96.4 / 1): which last line ends which number the order does not tell, and
        // 8, 8, 总分, 19 19 are no wrapped numbers (819 is no total): no reading with two first lines, so the caller
        // reads the lone numbers as the rows' (BoxText)
        assertNull(wrappedTotalRow(List.of(box(6, "100.0"), box(6, "96.4")), box(7, "总分"), box(8, "0"), box(8, "1")));
        assertNull(wrappedTotalRow(List.of(box(6, "8"), box(6, "8")), box(7, "总分"), box(8, "19 19")));
    }

    @Test
    void aTotalWithOneWrappedNumberTakesTheOtherFromTheLabelsLineOrJustAfterIt() {
        assertEquals(List.of("总分", "", "", "", "", "100.00", "91.86", ""),
                wrappedTotal(List.of(box(6, "100.0")), box(7, "总分 91.86"), box(8, "0")));
        assertEquals(List.of("总分", "", "", "", "", "100.00", "91.86", ""),
                wrappedTotal(List.of(box(6, "100.0")), box(7, "总分"), box(7, "91.86"), box(8, "0")));
    }
}
