package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Severity;
import ziping.read.CellWords;
import ziping.read.TruthFields;
import ziping.result.FileResult;
import ziping.result.FormResult;
import ziping.source.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Injected forms whose error earlier readings missed because a row, or the row next to it, was read in doubt
 * (src/test/resources/gen/recall, copied from generated seeds by
 * src/test/fixtures/recall/copy_fixtures.py): each now reads the rows cleanly, so the injected rule fires, and raises
 * no other error.
 */
class RecallFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/gen/recall");
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    /**
     * {@code inDoubt}: the rows still reported ZP007 (a lone value that may be the target or the actual, in
     * LibreOffice's text that prints no empty cell). 71206-f008's row 3 was in doubt while the counted widths put its
     * one-line {@code 133万人次} under 年度指标值, against the line's order: a text as wide by the count as one its
     * column wrapped settles nothing, so the order reads it, right. Funding labels are compared without their 其中 (as
     * bench/accuracy.py does).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "chromium-pymupdf, 71206-f016, ''",
        "chromium-pdfbox, 71206-f016, ''",
        "lo-pymupdf, 71206-f016, 2",
        "lo-pymupdf, 5151-f006, ''",
        "chromium-pymupdf, 5151-f006, ''",
        "lo-pdfbox, 5151-f006, ''",
        "lo-pdfbox, 5151-f055, ''",
        "lo-pymupdf, 113029-f055, ''",
        "lo-pymupdf, 71206-f035, ''",
        "lo-pymupdf, 120517-f056, ''",
        "chromium-pdfminer-m40, 113029-f049, ''",
        "chromium-pdfminer-m40, 71206-f008, ''",
        "chromium-pdfminer-m40, 71206-f021, ''",
        "lo-pdfminer-m40, 5151-f028, 1 2",
        "chromium-pdfminer-m40, 603917-f049, ''",
        "chromium-pdfminer-m40, 918878-f037, 3 4 6 7",
        "lo-pdfminer-m40, 918878-f023, 0 1",
    })
    void theInjectedErrorIsFoundAndNoOther(String set, String file, String inDoubt) throws IOException {
        JsonNode truth = truth(file);
        FormResult read = read(set, file);
        List<String> rules = read.findings().stream().map(Finding::rule).toList();
        assertTrue(rules.contains(truth.get("injected").get("rule").asText()), rules.toString());
        assertEquals(List.of(), TruthFields.unexplainedErrors(truth, read.findings()));
        List<String> unsure = read.findings().stream().filter(f -> "ZP007".equals(f.rule()) && f.row() != null)
                .map(f -> Integer.toString(f.row())).toList();
        assertEquals(inDoubt, String.join(" ", unsure));
        List<String> wrong = new ArrayList<>();
        for (String field : TruthFields.wrong(truth, read.form())) {
            boolean label = field.matches("funding \\d+ label: expected '(.*)' but read '其中[:：]?\\1'");
            if (!label && unsure.stream().noneMatch(row -> field.startsWith("indicator " + row + " "))) {
                wrong.add(field);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * PyMuPDF prints 113029-f055's row 6 with one label, {@code 效益指标}, after rows of 产出指标: a label no 二级 cell
     * holds opens its group with an empty 二级 (it was read as the 二级 under the 产出指标 above).
     */
    @Test
    void aLoneLevel1LabelOpensItsGroupWithAnEmptyLevel2() throws IOException {
        Indicator row = read("lo-pymupdf", "113029-f055").form().indicators().get(6);
        assertEquals(List.of("效益指标", "", "系统正常使用年限"), List.of(row.level1(), row.level2(), row.name()));
        assertTrue(LevelWords.isLevel1Only("效益指标"));
        assertFalse(LevelWords.isLevel1Only("成本指标"));
    }

    /**
     * A lone value between a name and the 分值 may be the target or the actual; where LibreOffice's PDF prints no
     * empty cell, that row stays in doubt, but the tie is inside the row, so the row above (whose reason ends where
     * it did in every reading) is read and its missing reason found.
     */
    @Test
    void aTargetOrActualTieKeepsTheRowAboveCertain() throws IOException {
        FormResult read = read("lo-pymupdf", "71206-f016");
        Indicator first = read.form().indicators().get(0);
        assertEquals(List.of("本区危险源排查服务场次", "≥24册", "/", "8.00", "0.00", ""),
                List.of(first.name(), first.target().raw(), first.actual().raw(), first.weight().raw(),
                        first.score().raw(), first.reason()));
    }

    /**
     * A browser draws a no-break space in an empty cell: PyMuPDF prints it as a line of one space, PDFBox as a no-break
     * space between spaces; either places the lone {@code 完成} in the 实际完成值 column.
     */
    @ParameterizedTest
    @CsvSource({"chromium-pymupdf", "chromium-pdfbox"})
    void anEmptyCellsMarkPlacesALoneValue(String set) throws IOException {
        Indicator third = read(set, "71206-f016").form().indicators().get(2);
        assertEquals(List.of("重点行业领域危险源排查任务覆盖率", "", "完成"),
                List.of(third.name(), third.target().raw(), third.actual().raw()));
    }

    @Test
    void aSpaceLineOrALoneNoBreakSpaceMarksThePieceAfterIt() {
        List<StreamPiece> pieces = StreamPiece.split(List.of("任务覆盖率", " ", "完成", "\u00a0 完成 10.00 \u00a0",
                "a\u00a0b", "10.00 "));
        assertEquals(List.of("任务覆盖率", "完成", "完成", "10.00", "a", "b", "10.00"),
                pieces.stream().map(StreamPiece::text).toList());
        assertEquals(List.of(false, true, true, false, true, false, false),
                pieces.stream().map(StreamPiece::afterEmpty).toList());
    }

    /**
     * 5151-f028's 总分 prints {@code 86.62} on a line and {@code 100.0} / {@code 0} wrapped after it: the order does not
     * tell which is the 分值, and the injected error makes the rows' 分值 add up to neither, so the larger is the 分值 (a
     * 得分 is out of its 分值) and the weights' sum is reported (both numbers had been kept in one cell, ZP001, and
     * ZP301 missed).
     */
    @ParameterizedTest
    @CsvSource({"lo-pdfminer-m40", "chromium-pdfminer-m40"})
    void aWrapped总分WhoseWeightsDoNotAddUpTakesTheLargerAs分值(String set) throws IOException {
        FormResult read = read(set, "5151-f028");
        assertEquals(List.of("100.00", "86.62"), List.of(read.form().total().weight().raw(),
                read.form().total().score().raw()));
        assertEquals(List.of("ZP301"), read.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).toList());
    }

    /** {@code 生态环境} / {@code 成本指标} is one wrapped 二级 label, not a reason of the deducted row above and a label. */
    @Test
    void aWrappedLabelsFirstLineIsNotTheReasonAbove() throws IOException {
        List<Indicator> rows = read("lo-pymupdf", "5151-f006").form().indicators();
        assertEquals("", rows.get(7).reason());
        assertEquals(List.of("成本指标", "生态环境成本指标", "农村地区宣传活动服务生态环境成本"),
                List.of(rows.get(8).level1(), rows.get(8).level2(), rows.get(8).name()));
    }

    /**
     * PDFBox printed a deducted row's reason on its 得分 line with its lines joined ({@code 16 11.38 受天气原因影响施工进度。}),
     * wider than the reason column: a whole cell, not text that fits no cell (which put three rows in doubt).
     */
    @Test
    void aReasonOnTheScoreLineIsAWholeCell() throws IOException {
        List<Indicator> rows = read("lo-pdfbox", "5151-f006").form().indicators();
        assertEquals("受天气原因影响施工进度。", rows.get(6).reason());
        assertEquals(List.of("中小学校隐患整改单位成本", "≤500元/平方米", "679元/平方米", ""),
                List.of(rows.get(7).name(), rows.get(7).target().raw(), rows.get(7).actual().raw(), rows.get(7).reason()));
    }

    /** Target and actual {@code 按计划完} / {@code 成} twice: not the name's last line and a one-character target. */
    @Test
    void aTargetPrintedAgainAsTheActualWrapsAlike() throws IOException {
        Indicator last = read("chromium-pymupdf", "5151-f006").form().indicators().get(8);
        assertEquals(List.of("农村地区宣传活动服务生态环境成本", "按计划完成", "按计划完成"),
                List.of(last.name(), last.target().raw(), last.actual().raw()));
    }

    /** 绩效指标's vertical label cut by a page break prints 指 / 标 at the next page's top: no cell's text. */
    @ParameterizedTest
    @CsvSource({"113029-f055, 6, 系统正常使用年限", "71206-f035, 7, 系统正常使用年限"})
    void aBlockLabelsTailAtAPageTopIsSkipped(String file, int row, String name) throws IOException {
        Indicator got = read("lo-pymupdf", file).form().indicators().get(row);
        assertEquals(name, got.name());
        assertTrue(CellWords.isBlockLabelTail("指标"));
        assertFalse(CellWords.isBlockLabelTail("标"));
        assertFalse(CellWords.isBlockLabelTail("绩效指标"));
    }

    /** {@code 不超过10} / {@code 小时}: a line that begins with a comparator word and a number begins a target. */
    @Test
    void aComparatorWordBeginsAWrappedTarget() throws IOException {
        Indicator got = read("lo-pymupdf", "120517-f056").form().indicators().get(2);
        assertEquals(List.of("二级、三级安全等级测试培训准确率", "不超过10小时", "15小时"),
                List.of(got.name(), got.target().raw(), got.actual().raw()));
    }

    /**
     * pdfminer {@code -M 40} joined the last line of 918878-f007's 一级 label 满意度指标 ({@code 满意度指} printed as a box of
     * its own) and the first of the 二级 label beside it into one box, {@code 标 服务对象满} / {@code 意度指标}: read as one
     * cell it fitted no column and put rows 11 and 12 in doubt. It is the 二级 label (the tail 标 left out, the head
     * mended), so no row is in doubt and the units that differ on row 13 are found.
     */
    @Test
    void twoLabelsJoinedSideBySideInOneBoxAreReadApart() throws IOException {
        FormResult read = read("chromium-pdfminer-m40", "918878-f007");
        for (int row : List.of(11, 12)) {
            Indicator got = read.form().indicators().get(row);
            assertEquals(List.of("满意度指标", "服务对象满意度指标"), List.of(got.level1(), got.level2()));
        }
        assertEquals(List.of(), read.findings().stream().filter(f -> "ZP007".equals(f.rule()) && f.row() != null)
                .map(Finding::row).toList());
        assertTrue(read.findings().stream().anyMatch(f -> "ZP205".equals(f.rule()) && f.row() == 13));
    }

    /** pdfminer's line of a browser's funding row keeps its empty cells as runs of spaces: the row is read whole. */
    @Test
    void aFundingRowPrintedWholeWithItsEmptyCellsIsPlacedByThem() throws IOException {
        FundingRow row = read("chromium-pdfminer-m40", "113029-f049").form().funding().get(1);
        assertEquals(List.of("79.74", "77.13", "56.53", "", "73.29%", ""),
                List.of(row.initialBudget().raw(), row.budget().raw(), row.executed().raw(), row.weight().raw(),
                        row.rate().raw(), row.score().raw()));
    }

    /**
     * {@code 9250457.06} and {@code 6995538.35  } printed before the row's wrapped label and {@code 10198673.9} /
     * {@code 1}: the empty cell printed after the second puts it under 全年执行数 (the 分值 after it is empty), so the
     * wrapped one is the 预算数, where either could have been.
     */
    @Test
    void aValueFollowedByAnEmptyCellLeavesTheNextColumnEmpty() throws IOException {
        FundingRow row = read("chromium-pdfminer-m40", "71206-f008").form().funding().get(1);
        assertEquals(List.of("9250457.06", "10198673.91", "6995538.35", "", "68.59%", ""),
                List.of(row.initialBudget().raw(), row.budget().raw(), row.executed().raw(), row.weight().raw(),
                        row.rate().raw(), row.score().raw()));
        List<Piece> pieces = BoxPieces.of(List.of(box("6995538.35  "), box("a   b")));
        assertEquals(List.of(true, true, false), pieces.stream().map(Piece::emptyAfter).toList());
    }

    /**
     * Chromium's narrow funding cells wrap inside ({@code 68.41%} as {@code 68.4} / {@code 1%}); pdfminer prints each
     * line as a box of its own, the first lines above the row's line and the last below it, also where the label
     * wrapped ({@code 本年财} / {@code 政拨款} around {@code 77.455091 77.455091 75.340383}): each is joined, and every
     * funding row reads as printed (120517-f001: {@code 本年财}, three heads, the values line as three boxes, then
     * {@code 政拨款 70 21 7%}), and an error injected in the funding block is found.
     */
    @ParameterizedTest
    @CsvSource({"71206-f028", "71206-f024", "120517-f001"})
    void fundingValuesWrappedLineByLineAreJoined(String file) throws IOException {
        JsonNode truth = truth(file);
        FormResult read = read("chromium-pdfminer-m40", file);
        JsonNode injected = truth.get("injected");
        if (!injected.isNull() && "funding".equals(injected.get("section").asText())) {
            assertTrue(read.findings().stream().anyMatch(f -> f.rule().equals(injected.get("rule").asText())));
        }
        List<FundingRow> rows = read.form().funding();
        assertEquals(truth.get("funding").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode t = truth.get("funding").get(i);
            FundingRow row = rows.get(i);
            assertEquals(List.of(t.get("initialBudget").asText(), t.get("budget").asText(), t.get("executed").asText(),
                            t.get("weight").asText(), t.get("rate").asText(), t.get("score").asText()),
                    List.of(row.initialBudget().raw(), row.budget().raw(), row.executed().raw(), row.weight().raw(),
                            row.rate().raw(), row.score().raw()), "funding row " + i);
        }
    }

    /**
     * 71206-f021's 其中:当年财政拨款 prints {@code 1711.753659} on its line and {@code 1711.75365} / {@code 9} and
     * {@code 1634.41537} / {@code 8} wrapped: the line's number may be any of the three amounts, and two of the readings
     * differ (预算数 1711.753659 and 全年执行数 1634.415378, or the other way round). Only the first gives the printed
     * 95.48% as B/A, so the row is read, and the injected 预算执行率得分 error is found (the row had been in doubt).
     */
    @Test
    void thePrintedRateTellsTheBudgetFromTheExecutedAmount() throws IOException {
        FormResult read = read("chromium-pdfminer-m40", "71206-f021");
        FundingRow row = read.form().funding().get(1);
        assertEquals(List.of("1711.753659", "1711.753659", "1634.415378", "-", "95.48%", "-"),
                List.of(row.initialBudget().raw(), row.budget().raw(), row.executed().raw(), row.weight().raw(),
                        row.rate().raw(), row.score().raw()));
        // and the goals, two boxes of different heights that the order does not tell apart, are not read (ZP007)
        assertEquals(List.of("ZP007 header", "ZP102 funding"), read.findings().stream()
                .map(f -> f.rule() + " " + f.section().id()).toList());
        assertNull(read.form().expectedGoal());
        assertTrue(RatePlacement.agrees("1711.753659", "1634.415378", "95.48%"));
        assertFalse(RatePlacement.agrees("1634.415378", "1711.753659", "95.48%"));
        assertTrue(RatePlacement.agrees("3", "2", "66.6%"));        // cut, not rounded
        assertTrue(RatePlacement.agrees("3", "2", "66.67%"));
        assertFalse(RatePlacement.agrees("3", "2", "66.8%"));
        assertFalse(RatePlacement.agrees("0", "2", "0%"));
        assertFalse(RatePlacement.agrees("3", "-", "0%"));
    }

    @Test
    void aRunOfHeadsJoinsTheRunOfLastLinesAfterTheRowsLine() {
        List<Boxes.Box> boxes = List.of(box("3089193.8"), box("2284175.3"), box("73.9"),
                box("年度资金总额: 2926020.03"), box("10.0"), box("7.39"), box("2"), box("8"), box("4%"));
        List<Piece> pieces = WrappedParts.of(boxes);
        assertEquals(List.of("年度资金总额:", "2926020.03", "10.0", "7.39", "3089193.82", "2284175.38", "73.94%"),
                pieces.stream().map(Piece::text).toList());
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2), pieces.stream().map(Piece::lines).toList());
        // a number after a value of the row above may be that row's: nothing is joined
        assertEquals(List.of("9.76", "97.5", "总额", "1", "2", "3", "7%"), WrappedParts.of(List.of(box("9.76"),
                box("97.5"), box("总额 1 2 3"), box("7%"))).stream().map(Piece::text).toList());
    }

    /**
     * Fresh seed 853109 f002 (LibreOffice, pdfminer {@code -M 40}), a clean form: two rows that lost points, whose
     * reasons (one sentence each) pdfminer printed together after the lower row's name. Both were read as the lower
     * row's reason, and ZP204 (no reason for lost points) fired on the upper row. The order cannot tell whose the
     * first sentence is, so both rows' text is in doubt (ZP007), and no missing-reason check runs on them.
     */
    @Test
    void twoReasonsReadAsTheLowerRowsPutBothRowsInDoubtNotAMissingReason() {
        FormResult read = read("lo-pdfminer-m40", "853109-f002");
        assertEquals(List.of("ZP007 9", "ZP007 10"), indicatorFindings(read));
        List<Indicator> rows = read.form().indicators();
        assertEquals(List.of(true, true), List.of(rows.get(9).valuesOnLine(), rows.get(10).valuesOnLine()),
                "their target, actual, 分值 and 得分 stand on their anchors' lines, so ZP201 and ZP203 still run");
    }

    /**
     * 615283 f033 (Chromium, pdfminer {@code -M 40}, every line a box of its own): row 2's best division gave its name
     * a reason's line and its wrapped target ({@code 响施工进度，≤320.85万元精准度。}), its target the actual
     * ({@code 325.67万元}) and its actual a reason's line ({@code 后续将优化资金使用计划，}), and nothing said so. A
     * reading that gives a name, a target or an actual a sentence's comma or full stop does not stand: the row's text
     * is in doubt (ZP007), its 分值 and 得分 still count, and no check reads its misread cells. (The injected ZP201 on
     * that row is not found: its actual is not read.)
     */
    @Test
    void aDivisionThatGivesANameOrAValueASentenceIsInDoubt() {
        FormResult read = read("chromium-pdfminer-m40", "615283-f033");
        assertEquals(List.of("ZP007 2", "ZP007 10"), indicatorFindings(read));
        assertEquals(List.of(), read.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.rule()).toList());
    }

    /**
     * A reason cell given the words of labels by a box-ordered reading is no reason: 472913 f015 (LibreOffice,
     * PyMuPDF), row 8's reason read as {@code 指标}, the end of a wrapped label; 711433 f035 (LibreOffice, pdfminer
     * {@code -M 40}), row 10's as {@code 社会效益指}. Only that row's reason is in doubt (ZP008) and only the
     * missing-reason check leaves it out, so the met-but-deducted error injected on the next row (ZP203) is found.
     * Read in doubt as a whole row (ZP007), the row and its neighbours had been left out of every row check; read as
     * a reason, it had hidden a missing reason.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"lo-pymupdf, 472913-f015, 8, 指标, 'ZP008 8,ZP203 9'",
        "lo-pdfminer-m40, 711433-f035, 10, 社会效益指, 'ZP007 null,ZP008 10,ZP203 11'"})
    void labelWordsReadAsAReasonLeaveOnlyThatRowsReasonUnread(String set, String file, int row, String printed,
                                                             String findings) {
        FormResult read = read(set, file);
        assertEquals(List.of(findings.split(",")),
                read.findings().stream().map(f -> f.rule() + " " + f.row()).toList());
        assertEquals(printed, read.form().indicators().get(row).reason(), "the reason keeps the text as printed");
        assertEquals(List.of("ZP204 [ZP008] {INDICATOR=[" + row + "]}"), read.skipped().stream()
                .map(s -> s.rule() + " " + s.because() + " " + s.rows()).toList());
    }

    /**
     * Fresh seed 738561 f025 (Chromium, pdfminer {@code -M 40}), a clean form in 元: the 其他资金 row's label wrapped
     * ({@code 其他资} / {@code 金}) and its rate wrapped ({@code 95.3} / {@code 1%}) around its amounts. The rate's first
     * line was read as the row's 年初预算数, each amount a column on, the last as its 分值 ({@code 3169644}): the parts
     * did not add up to the total, and ZP103 raised three errors on a clean form. A reading that puts a number no
     * 分值 can be under 分值 does not stand: the row is in doubt, its values kept apart in one cell (ZP001), and the
     * checks of the funding block do not run. Its values had been joined with spaces, which the value grammar reads
     * as one number ({@code 95.3314910733…}); they are now kept apart by {@link ziping.grid.GridCell#APART}.
     */
    @Test
    void aFundingRowReadWithAnAmountAsIts分值IsInDoubtNotAnError() {
        FormResult read = read("chromium-pdfminer-m40", "738561-f025");
        assertEquals(List.of("ZP001 3 95.3 | 3149107 | 3325465 | 3169644"),
                read.findings().stream().filter(f -> "ZP001".equals(f.rule()))
                        .map(f -> f.rule() + " " + f.row() + " " + f.message().args().get(1)).toList());
        assertEquals(List.of(), read.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).toList());
    }

    /**
     * 113029-f022's 其中:当年财政拨款 wrapped over three lines, its rate over two: the row labelled by the middle line
     * ({@code 年财政}) holds values the text does not place for sure, and the one labelled {@code 其中:当} only the
     * rate's first line, which reads as a parse finding (with the in-doubt mark), not as its 年初预算数; no error
     * reaches the rules (the lone {@code 8%} had read as that row's rate).
     */
    @Test
    void aRowLabelledByPartOfAWrappedLabelIsInDoubt() {
        FormResult read = read("chromium-pdfminer-m40", "113029-f022");
        assertEquals(List.of("ZP001 1 99.7 | \u2047", "ZP001 2 588.19 | 632.42 | 631.01 | 8%",
                        "ZP001 4 277.67 | 281.57 | 269.81 | 95.82%"),
                read.findings().stream().filter(f -> "ZP001".equals(f.rule()))
                        .map(f -> f.rule() + " " + f.row() + " " + f.message().args().get(1)).toList());
        assertEquals(List.of(), read.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::rule).toList());
        assertTrue(CellWords.isFundingRowPart("年财政"));
        assertFalse(CellWords.isFundingRowPart("上年结转"));
    }

    /**
     * 71206-f059's rows 6 and 7 (a name cut into boxes no reading places) keep their 分值 and 得分, their anchor's, with
     * their text in doubt (ZP007) rather than losing their name (ZP003, which stopped the sums): the injected 总分 is
     * found. Rows 0 to 3, whose wrapped names and 7-line reason the order alone would let share their lines otherwise,
     * are read as printed: a cell's lines but its last are full, so 务次数 ends row 2's name and 各街道（乡镇）宣 begins
     * row 3's ({@link LineBreaks}; they had been read 二级、三级…服务次数条件不具备未 with the reason's line, and 传活动任务长效机, without
     * a finding); row 4 too, as the 二级 label's first line 服务对 is read with the box of its other two lines
     * (象满意 / 度指标) rather than left over for a name. Rows 5 and 8, next to rows 6 and 7, which took the lines
     * between their anchors at any division, are in doubt: where their text ends the text does not tell.
     */
    @Test
    void aRowNoReadingExplainsKeepsItsPointsForTheSums() throws IOException {
        FormResult read = read("chromium-pdfminer-m40", "71206-f059");
        assertEquals(List.of("ZP007 5", "ZP007 6", "ZP007 7", "ZP007 8", "ZP302 null"), read.findings().stream()
                .map(f -> f.rule() + " " + f.row()).toList());
        List<Indicator> rows = read.form().indicators();
        assertEquals(List.of("辖区内图书采购工作办结时限", "按照年度工作计划要求执法检查场次", "二级、三级安全等级测试图书采购服务次数",
                "各街道（乡镇）宣传活动任务长效机制建立", "公共厕所维护任务使用人员满意度"),
                rows.subList(0, 5).stream().map(Indicator::name).toList());
        assertEquals(List.of("", "", "还未做，根据市局统一安排，承建单位随时配合，部分点位因施工条件不具备未能实施。", ""),
                rows.subList(0, 4).stream().map(i -> i.reason() == null ? "" : i.reason()).toList());
        assertEquals(List.of("", "12.00", "8.40", "", "7.00", "7.00"), List.of(rows.get(6).name(),
                rows.get(6).weight().raw(), rows.get(6).score().raw(), rows.get(7).name(), rows.get(7).weight().raw(),
                rows.get(7).score().raw()));
        assertEquals(List.of(), TruthFields.unexplainedErrors(truth("71206-f059"), read.findings()));
    }

    @Test
    void spacedCellsKeepEmptyCells() {
        assertEquals(List.of("财政资金", "79.74", "77.13", "56.53", "", "73.29%", ""),
                box("财政资金 79.74 77.13 56.53   73.29%  ").spacedCells());
        assertEquals(List.of("", "年初预算数", "分值"), box("  年初预算数 分值").spacedCells());
        assertEquals(null, box("上年结转\u00a0资金 1 2").spacedCells());
        assertEquals(null, new Boxes.Box(1, 1, List.of("a", "b"), false).spacedCells());
    }

    private static Boxes.Box box(String line) {
        List<String> lines = List.of(line);
        return Boxes.of(new SourceText("t.txt", lines, lines, List.of())).get(0);
    }

    /** The indicator section's findings as rule and row. */
    private static List<String> indicatorFindings(FormResult read) {
        return read.findings().stream().filter(f -> f.section() == ziping.model.Section.INDICATOR)
                .map(f -> f.rule() + " " + f.row()).toList();
    }

    private static FormResult read(String set, String file) {
        FileResult result = ZIPING.check(ROOT.resolve("text").resolve(set).resolve(file + ".txt"));
        assertEquals(1, result.forms().size());
        return (FormResult) result.forms().get(0);
    }

    private static JsonNode truth(String file) throws IOException {
        for (JsonNode t : new ObjectMapper().readTree(Files.readString(ROOT.resolve("truth.json")))) {
            if ((t.get("seed").asText() + "-" + t.get("file").asText()).equals(file)) {
                return t;
            }
        }
        throw new AssertionError("no truth for " + file);
    }
}
