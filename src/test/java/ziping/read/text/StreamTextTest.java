package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Indicator;
import ziping.parse.ParsedForm;
import ziping.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Box-ordered text (PyMuPDF's {@code get_text()} of a generated LibreOffice PDF, src/test/resources/gen/lo/text):
 * every indicator row reads as its truth, except the rows whose division the text cannot tell, which carry an
 * unreadable 分值 and a parse finding instead of a guessed reading.
 */
class StreamTextTest {
    private static final Path ROOT = Path.of("src/test/resources/gen/lo");

    @Test
    void pymupdfTextReadsAsTheTruthOrSaysWhereItCannot() throws IOException {
        Path file = ROOT.resolve("text/pymupdf/f000.txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        SourceText text = new SourceText(file.toString(), lines, lines, List.of());
        assertTrue(StreamText.recognises(text));
        List<ParsedForm> forms = TextForms.read(text);
        assertEquals(1, forms.size());
        Form form = forms.get(0).form();
        JsonNode truth = new ObjectMapper().readTree(ROOT.resolve("truth.json").toFile()).get(0);
        assertEquals(truth.get("project").asText(), form.project());
        assertEquals(truth.get("indicators").size(), form.indicators().size());
        List<String> unsure = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator got = form.indicators().get(i);
            JsonNode want = truth.get("indicators").get(i);
            assertEquals(want.get("name").asText(), got.name(), "name " + i);
            assertEquals(want.get("target").asText(), got.target().raw(), "target " + i);
            assertEquals(want.get("actual").asText(), got.actual().raw(), "actual " + i);
            assertEquals(want.get("score").asText(), got.score().raw(), "score " + i);
            assertEquals(want.get("reason").asText(), got.reason(), "reason " + i);
            if (got.weight().raw().equals(StreamText.UNSURE)) {
                unsure.add(Integer.toString(i));
            } else {
                assertEquals(want.get("weight").asText(), got.weight().raw(), "weight " + i);
            }
        }
        List<String> flagged = new ArrayList<>();
        for (Finding f : forms.get(0).problems()) {
            if ("ZP001".equals(f.rule())) {
                flagged.add(Integer.toString(f.row()));
            }
        }
        assertEquals(unsure, flagged);
        assertFalse(unsure.size() > form.indicators().size() / 2, "most rows read: " + unsure);
    }

    /**
     * Seed 8080's f000 from PyMuPDF: {@code 完成时限 / 逐步提升 / 逐步提升} once tied with a two-line name
     * {@code 完成时限逐步提升} and an empty target; a line of 8 columns in a name column whose wrapped lines are 20 wide
     * is a whole cell, so every row now reads.
     */
    @Test
    void aShortLineIsNotTheFirstLineOfAWrappedCell() throws IOException {
        Path file = Path.of("src/test/resources/gen/stream/text/lo-pymupdf/f000.txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Form form = TextForms.read(new SourceText(file.toString(), lines, lines, List.of())).get(0).form();
        Indicator second = form.indicators().get(1);
        assertEquals(List.of("完成时限", "逐步提升", "逐步提升", "8", "8"), List.of(second.name(), second.target().raw(),
                second.actual().raw(), second.weight().raw(), second.score().raw()));
        assertEquals(List.of(), form.indicators().stream().map(i -> i.weight().raw())
                .filter(StreamText.UNSURE::equals).toList());
    }

    @Test
    void aLineBreakKeepsAsciiRunsAndClosingPunctuationWithTheCharacterBeforeThem() {
        assertEquals(6, StreamPiece.firstUnit("291.53万元"));
        assertEquals(4, StreamPiece.firstUnit("作，日"));
        assertEquals(2, StreamPiece.firstUnit("作日"));
        assertEquals(0, StreamPiece.firstUnit(""));
    }

    @Test
    void anIndicatorBlockWithoutAScorePairHasNoRows() {
        assertEquals(List.of(), StreamIndicators.read(List.of(StreamPiece.of("完成时限", 1, true),
                StreamPiece.of("逐步提升", 2, true)), new int[4]));
    }

    @Test
    void pdfminerLikeTextWithBlankLinesIsNotBoxOrdered() {
        List<String> lines = List.of("项目支出绩效自评表", "", "项", "目", "资", "金", "", "年初预算数", "");
        assertFalse(StreamText.recognises(new SourceText("t.txt", lines, lines, List.of())));
    }

    @Test
    void twoCellsPrintedWithoutAGapAreSplit() {
        assertEquals(List.of("时效指标", "全市绿化养护工作及时率"),
                StreamSplits.of(StreamPiece.of("时效指标全市绿化养护工作及时率", 1, false)).stream().map(StreamPiece::text).toList());
        assertEquals(List.of("按时限完成", "按时限完成"),
                StreamSplits.of(StreamPiece.of("按时限完成按时限完成", 1, false)).stream().map(StreamPiece::text).toList());
        assertEquals(List.of("≥95%", "82%"),
                StreamSplits.of(StreamPiece.of("≥95%82%", 1, false)).stream().map(StreamPiece::text).toList());
        assertEquals(List.of("≥365平方米", "≥365平方米"),
                StreamSplits.of(StreamPiece.of("≥365平方米≥365平方米", 1, false)).stream().map(StreamPiece::text).toList());
        assertEquals(List.of("指标", "效益指标"),
                StreamSplits.of(StreamPiece.of("指标效益指标", 1, false)).stream().map(StreamPiece::text).toList());
        assertEquals(List.of("10001000"),
                StreamSplits.of(StreamPiece.of("10001000", 1, false)).stream().map(StreamPiece::text).toList());
    }

    /**
     * Seed 264851's f026 from PDFBox: at the top of a page the 二级 cell {@code 社会效益} / {@code 指标} is drawn before
     * the 一级 cell {@code 效益指标}, and PDFBox prints the label's last line glued to it ({@code 指标效益指标}): the
     * labels go back to their columns and the name is the name alone.
     */
    @Test
    void aWrappedLevel2LabelGluedToItsLevel1LabelAtAPageTopIsReadAsBoth() throws IOException {
        List<String> lines = Files.readAllLines(STREAM.resolve("264851-f026.txt"), StandardCharsets.UTF_8);
        assertEquals("指标效益指标 数据接入服务公众知晓", lines.get(80));
        Indicator row = TextForms.read(new SourceText("f026.txt", lines, lines, List.of())).get(0).form().indicators()
                .get(6);
        assertEquals(List.of("效益指标", "社会效益指标", "数据接入服务公众知晓率", "≥99%", "100%"),
                List.of(row.level1(), row.level2(), row.name(), row.target().raw(), row.actual().raw()));
    }

    @Test
    void aWrappedFundingNumberIsJoinedWhereTheValuesThenFitTheColumns() {
        List<String> header = List.of("年初预算数", "预算数(A)", "全年执行数", "分值", "执行率(B/A)", "得分");
        assertEquals(List.of("943.827399", "787.492584", "787.492584", "", "100.00%", ""),
                StreamFunding.place(List.of("943.827399", "787.49258", "4", "787.49258", "4", "100.00", "%"), header));
    }

    @Test
    void fundingValuesThatFitNoReadingAreNotPlaced() {
        List<String> header = List.of("年初预算数", "全年预算数全年执行数（B）", "分值", "执行率", "得分");
        assertEquals(List.of("？", "？", "？", "？", "？"),
                StreamFunding.place(List.of("1881.43", "1881.43", "1854.34", "10", "98.56%", "9.86"), header));
    }
    /**
     * Seed 264851's f036 from PDFBox: after row 21, which lost points (6.00 → 4.80) with no reason printed, the line
     * {@code 各街道（乡镇）老旧管网} fits its reason column as well as the first line of row 22's name. The reader reads it
     * as the reason, as a deducted row is likelier to carry one, and says so (ZP004), where it used to say nothing.
     */
    @Test
    void textThatFitsADeductedRowsReasonAndTheNextNameAlikeIsReadAsTheReasonAndSaid() throws IOException {
        List<String> lines = Files.readAllLines(STREAM.resolve("264851-f036.txt"), StandardCharsets.UTF_8);
        ParsedForm parsed = TextForms.read(new SourceText("f036.txt", lines, lines, List.of())).get(0);
        List<Indicator> rows = parsed.form().indicators();
        assertEquals(List.of("各街道（乡镇）老旧管网", "改造工作持续发挥作用"),
                List.of(rows.get(21).reason(), rows.get(22).name()));
        assertEquals(List.of("ZP004 21 parse.ZP004.reason 各街道（乡镇）老旧管网"), parse(parsed));
    }

    /** The same text with row 21 not deducted: the line opens row 22's name, and nothing is said. */
    @Test
    void theSameTextAfterARowThatKeptItsPointsOpensTheNextName() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(STREAM.resolve("264851-f036.txt"), StandardCharsets.UTF_8));
        assertEquals("≥10年 8年 6.00 4.80", lines.get(89));
        lines.set(89, "≥10年 8年 6.00 6.00");
        ParsedForm parsed = TextForms.read(new SourceText("f036.txt", lines, lines, List.of())).get(0);
        List<Indicator> rows = parsed.form().indicators();
        assertEquals(List.of("", "各街道（乡镇）老旧管网改造工作持续发挥作用"), List.of(rows.get(21).reason(), rows.get(22).name()));
        assertEquals(List.of(), parse(parsed));
    }

    private static final Path STREAM = Path.of("src/test/resources/gen/stream/text/lo-pdfbox");

    private static List<String> parse(ParsedForm parsed) {
        return parsed.problems().stream()
                .map(f -> f.rule() + " " + f.row() + " " + f.message().key() + " " + f.stated()).toList();
    }
}
