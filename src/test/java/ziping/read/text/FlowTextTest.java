package ziping.read.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Indicator;
import ziping.parse.ParsedForm;
import ziping.result.FileResult;
import ziping.result.FormResult;
import ziping.source.SourceText;
import ziping.source.TextDecoder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * pdfminer's text with its default layout ({@code pdf2txt} without options), written by hand in its shape: boxes
 * parted by blank lines, a funding block whose labels come as a column before its header, and an indicator table whose
 * rows print their one-line cells and then the page's 分值 and 得分 as one run of numbers, its reasons after them.
 */
class FlowTextTest {
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    private static final String ROWS_IN_ORDER = """
            产出指标 数量指标

            培训人数

            ≥100人

            120人

            产出指标 质量指标

            培训合格
            率

            ≥95%

            90%

            效益指标 社会效益指标 教学水平

            有所提升

            有所提升

            30

            40

            30

            30

            37.89

            30

            合格率未达标，将加强考核。

            总分

            100 97.89
            """;

    /** Rows 1 and 2 print their values after row 2's name: pdfminer does not say which pair is whose. */
    private static final String ROWS_SHARED = """
            产出指标 数量指标

            培训人数

            产出指标 质量指标

            培训合格
            率

            ≥100人

            ≥95%

            80人

            90%

            效益指标 社会效益指标 教学水平

            有所提升

            有所提升

            30

            40

            30

            24

            37.89

            30

            合格率未达标，将加强考核。

            总分

            100 91.89
            """;

    @Test
    void readsTheRowsAnchoredOnTheirNamesWithTheNumberRunDealtByRowOrder() throws Exception {
        SourceText text = text(FlowTexts.HEAD + ROWS_IN_ORDER);
        List<ParsedForm> forms = TextForms.read(text);
        assertEquals(1, forms.size());
        Form form = forms.get(0).form();
        assertEquals("培训项目", form.project());
        assertEquals("某区教师培训中心", form.unit());
        assertEquals("完成教师培训，提升教学水平。", form.expectedGoal());
        assertEquals("已完成全年培训。", form.actualResult());
        assertEquals(List.of(
                "产出指标|数量指标|培训人数|≥100人|120人|30|30|",
                "产出指标|质量指标|培训合格率|≥95%|90%|40|37.89|合格率未达标，将加强考核。",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|30|30|"), rows(form));
        assertEquals("100", form.total().weight().raw());
        assertEquals("97.89", form.total().score().raw());
        assertEquals(List.of("ZP001"), rules(forms.get(0).problems()), "the funding values cannot be placed");
        assertEquals("年度资金总额", form.funding().get(0).label());
    }

    @Test
    void sharedValuesAndAReasonNoRowOwnsForSurePutTheRowsInDoubtAndNoCheckReadsThem(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("form.txt");
        Files.writeString(file, FlowTexts.HEAD + ROWS_SHARED, StandardCharsets.UTF_8);
        FileResult result = ZIPING.check(file);
        FormResult read = (FormResult) result.forms().get(0);
        assertEquals(List.of(
                "产出指标|数量指标|培训人数|≥100人|80人|30|24|",
                "产出指标|质量指标|培训合格率|≥95%|90%|40|37.89|",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|30|30|"), rows(read.form()));
        List<String> doubt = new ArrayList<>();
        for (Finding f : read.findings()) {
            if (f.rule().equals("ZP007")) {
                doubt.add(f.row() + " " + f.label());
            }
        }
        assertEquals(List.of("0 培训人数", "1 培训合格率"), doubt);
        assertEquals(List.of("ZP001", "ZP007"), rules(read.findings()),
                "no missing reason (ZP204) on the two deducted rows whose one reason no row owns for sure");
    }

    @Test
    void aPageWhoseNumbersAreNotTwoPerRowLeavesThemUnreadable() throws Exception {
        SourceText text = text(FlowTexts.HEAD + ROWS_IN_ORDER.replace("37.89\n\n", ""));
        Form form = TextForms.read(text).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|≥100人|120人|？|？|",
                "产出指标|质量指标|培训合格率|≥95%|90%|？|？|",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|？|？|"), rows(form));
    }

    /** Row by row, but row 1's values and numbers printed after row 2's name, each row's four in turn. */
    private static final String ROWS_BY_ROW = """
            产出指标 数量指标

            培训人数

            产出指标 质量指标

            培训合格率

            ≥100人

            120人

            30

            30

            ≥95%

            90%

            40

            37.89

            效益指标 社会效益指标 教学水平

            有所提升

            有所提升

            30

            30

            总分

            100 97.89
            """;

    /**
     * {@link #ROWS_BY_ROW} with rows 1 and 2's values printed first, then their numbers (分值 to one decimal, 得分 to
     * two): a column's or a row's cannot be told from the order.
     */
    private static final String VALUES_THEN_NUMBERS = ROWS_BY_ROW
            .replace("≥100人\n\n120人\n\n30\n\n30\n\n≥95%\n\n90%\n\n40\n\n37.89\n",
                    "≥100人\n\n120人\n\n≥95%\n\n90%\n\n30.0\n\n30.00\n\n40.0\n\n37.89\n")
            .replace("有所提升\n\n30\n\n30\n", "有所提升\n\n30.0\n\n30.00\n").replace("100 97.89", "100.0 97.89");

    @Test
    void fourCellsPrintedRowAfterRowAreEachRowsInTurn() throws Exception {
        Form form = TextForms.read(text(FlowTexts.HEAD + ROWS_BY_ROW)).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|≥100人|120人|30|30|",
                "产出指标|质量指标|培训合格率|≥95%|90%|40|37.89|",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|30|30|"), rows(form));
        String reasonPlaceholder = ROWS_BY_ROW.replace("30\n\n30\n\n≥95%", "30\n\n30\n\n/\n\n≥95%");
        assertEquals(rows(form), rows(TextForms.read(text(FlowTexts.HEAD + reasonPlaceholder)).get(0).form()),
                "a placeholder right after a row's numbers is its reason's, not a cell of the next row's four");
        Form unsure = TextForms.read(text(FlowTexts.HEAD + ROWS_BY_ROW.replace("≥100人\n\n", ""))).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|||？|？|", "产出指标|质量指标|培训合格率|||？|？|",
                "效益指标|社会效益指标|教学水平|||30|30|"), rows(unsure), "a cell short: no row is dealt four by four");
    }

    @Test
    void numbersSharedByRowsAreDealtInPairsOnlyWhereTheirScalesAlternate() throws Exception {
        Form form = TextForms.read(text(FlowTexts.HEAD + VALUES_THEN_NUMBERS)).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|≥100人|120人|30.0|30.00|",
                "产出指标|质量指标|培训合格率|≥95%|90%|40.0|37.89|",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|30.0|30.00|"), rows(form));
        String sameScale = VALUES_THEN_NUMBERS.replace("30.0\n", "30\n").replace("40.0\n", "40\n")
                .replace("30.00\n", "30\n");
        Form unsure = TextForms.read(text(FlowTexts.HEAD + sameScale)).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|≥100人|120人|？|？|",
                "产出指标|质量指标|培训合格率|≥95%|90%|？|？|",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|30|30|"), rows(unsure));
    }

    /** Row 2's actual is a plain number (2) printed right before its 分值 and 得分. */
    private static final String NUMBER_ACTUAL = """
            产出指标 数量指标

            培训人数

            ≥100人

            120人

            30

            30

            产出指标 质量指标

            差错率

            ≤3%

            2

            40

            37.89

            效益指标 社会效益指标 教学水平

            有所提升

            有所提升

            30

            30

            差错率偏高，将加强考核。

            总分

            100 97.89
            """;

    @Test
    void aPlainNumberRightAfterARowsOneValueAndBeforeItsTwoNumbersIsItsActual() throws Exception {
        Form form = TextForms.read(text(FlowTexts.HEAD + NUMBER_ACTUAL)).get(0).form();
        assertEquals(List.of(
                "产出指标|数量指标|培训人数|≥100人|120人|30|30|",
                "产出指标|质量指标|差错率|≤3%|2|40|37.89|差错率偏高，将加强考核。",
                "效益指标|社会效益指标|教学水平|有所提升|有所提升|30|30|"), rows(form));
    }

    /** Every number after the page's last name, row 1's 分值 and 得分 on one line: the run is no column then column. */
    private static final String RUN_WITH_A_PAIR = """
            产出指标 数量指标

            培训人数

            产出指标 质量指标

            培训合格率

            ≥100人

            120人

            ≥95%

            90%

            11 11

            8

            8

            总分

            19 19
            """;

    @Test
    void aRunWithTwoNumbersOnOneLineIsNotDealtAsAColumnOfWeightsThenOneOfScores() throws Exception {
        Form form = TextForms.read(text(FlowTexts.HEAD + RUN_WITH_A_PAIR)).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|≥100人|120人|？|？|",
                "产出指标|质量指标|培训合格率|≥95%|90%|？|？|"), rows(form),
                "not 11/8 and 11/8: the 11 11 on one line are one row's");
        Form scales = TextForms.read(text(FlowTexts.HEAD + RUN_WITH_A_PAIR.replace("11 11", "11.0 11.00")
                .replace("8\n\n8\n", "8.0\n\n8.00\n"))).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|≥100人|120人|11.0|11.00|",
                "产出指标|质量指标|培训合格率|≥95%|90%|8.0|8.00|"), rows(scales), "pairs shown by alternating scales");
    }

    /**
     * The 总分 row holds two numbers: a box of a number and a last digit on its own line ({@code 100.0} / {@code 0},
     * 100.00 wrapped in its cell) is one where that leaves two; more numbers after 总分 (rows' numbers printed there
     * too) leave the total unreadable rather than taking the first two.
     */
    @Test
    void theTotalIsItsTwoNumbersOrUnreadable() throws Exception {
        Form wrapped = TextForms.read(text(FlowTexts.HEAD + ROWS_IN_ORDER.replace("100 97.89", "100.0\n0\n\n97.89")))
                .get(0).form();
        assertEquals("100.00", wrapped.total().weight().raw());
        assertEquals("97.89", wrapped.total().score().raw());
        Form more = TextForms.read(text(FlowTexts.HEAD + ROWS_IN_ORDER.replace("100 97.89", "30\n\n30\n\n100 97.89")))
                .get(0).form();
        assertEquals("？", more.total().weight().raw());
        assertEquals("？", more.total().score().raw());
    }

    /**
     * A header value wrapped in its cell whose end pdfminer printed as the next box ({@code 实施单位 某区教师培训中心附属研究}
     * / {@code 所}) is joined; a year after a value ({@code （2024年度）}) is not part of it.
     */
    @Test
    void aWrappedHeaderValuesEndInTheNextBoxIsJoined() throws Exception {
        String head = FlowTexts.HEAD.replace("项目名称 培训项目\n", "项目名称 培训项目二〇二四年度第一期工程\n\n（2024年度）\n")
                .replace("实施单位 某区教师培训中心\n", "实施单位 某区教师培训中心附属研究\n\n所\n");
        Form form = TextForms.read(text(head + ROWS_IN_ORDER)).get(0).form();
        assertEquals("某区教师培训中心附属研究所", form.unit());
        assertEquals("培训项目二〇二四年度第一期工程", form.project());
    }

    /** Shared numbers all one text give every row that 分值 and 得分, however pdfminer ordered them. */
    @Test
    void sharedNumbersAllOneTextAreEveryRowsPair() throws Exception {
        Form form = TextForms.read(text(FlowTexts.HEAD + RUN_WITH_A_PAIR.replace("11 11", "8 8"))).get(0).form();
        assertEquals(List.of("产出指标|数量指标|培训人数|≥100人|120人|8|8|",
                "产出指标|质量指标|培训合格率|≥95%|90%|8|8|"), rows(form));
    }

    @Test
    void tokensJoinAWrappedCellAndSplitAColumnOfNumbers() {
        Boxes.Box name = new Boxes.Box(1, null, List.of("产出指标 时效指标 社区卫生服务中心应急演", "练规模"), false);
        assertEquals(List.of("产出指标", "时效指标", "社区卫生服务中心应急演练规模"),
                FlowIndicators.tokens(name).stream().map(FlowIndicators.Token::text).toList());
        Boxes.Box numbers = new Boxes.Box(1, null, List.of("3", "2.96", "4"), false);
        assertEquals(List.of("3", "2.96", "4"),
                FlowIndicators.tokens(numbers).stream().map(FlowIndicators.Token::text).toList());
    }

    @Test
    void textWithoutATotalIsNoFlowText() throws Exception {
        assertNull(FlowText.rows(text(FlowTexts.HEAD)));
    }

    private static List<String> rows(Form form) {
        List<String> out = new ArrayList<>();
        for (Indicator i : form.indicators()) {
            out.add(String.join("|", i.level1(), i.level2(), i.name(), i.target().raw(), i.actual().raw(),
                    i.weight().raw(), i.score().raw(), i.reason()));
        }
        return out;
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).distinct().sorted().toList();
    }

    private static SourceText text(String text) throws Exception {
        return TextDecoder.decode("form.txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
