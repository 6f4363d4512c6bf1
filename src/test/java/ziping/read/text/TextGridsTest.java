package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.grid.Grid;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.parse.ParsedForm;
import ziping.read.FormReader;
import ziping.source.SourceText;
import ziping.source.TextMarks;
import ziping.source.TextDecoder;
import ziping.source.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Forms read from generated forms' texts (src/test/resources/text, made by make_fixtures.py from bench/gen) against
 * their truth, field by field.
 */
class TextGridsTest {
    private static final JsonNode TRUTH = truth();

    @ParameterizedTest
    @CsvSource({
        "html-pipe, f001", "html-pipe, f002", "html-pipe, f017",
        "html-lines, f001", "html-lines, f009", "html-lines, f017"})
    void readsEveryFieldOfACopiedTable(String extractor, String file) throws Exception {
        SourceText text = text("/text/" + extractor + "/" + file + ".txt");
        Grid grid = TextGrids.of(text);
        assertNotNull(grid, "recognised");
        List<ParsedForm> forms = FormReader.read(grid);
        assertEquals(1, forms.size());
        assertEquals(List.of(), forms.get(0).problems());
        assertForm(truthOf(file), forms.get(0).form());
    }

    @Test
    void theSeparatorIsLookedForOnlyWhereTheMarksHaveIt() throws Exception {
        SourceText text = text("/text/html-pipe/f001.txt");
        assertEquals(new TextMarks(false, true, text.marks().longestSpaceRun()), text.marks());
        assertEquals('|', SeparatedText.separator(text));
        assertEquals(0, SeparatedText.separator(new SourceText(text.path(), text.lines(), text.rawLines(), text.pages(),
                new TextMarks(true, false, 0))), "marks without '|': the rows cut by it are not looked at");
    }

    @Test
    void leavesTheSeedsAndTheirExtractedTextsToTheLineParser() throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("samples")); Stream<Path> pdf = Files.list(Path.of(
                "src/test/resources/pdf"))) {
            Stream.concat(seeds, pdf).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
        }
        assertEquals(true, inputs.size() >= 8, "inputs found: " + inputs);
        for (Path input : inputs) {
            assertNull(TextGrids.of(TextDecoder.decode(input.toString(), Files.readAllBytes(input))), input.toString());
        }
    }

    @Test
    void infersMergedLabelsOfARowThatPrintsFewerCells() throws Exception {
        String text = String.join("\n",
                "项目支出绩效自评表",
                "项目名称|甲项目",
                "绩效指标|一级指标|二级指标|三级指标|指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
                "|产出指标|数量指标|培训人次|≥100人次|120人次|30|30|",
                "质量指标|合格率|≥98%|99%|30|30|",
                "产出指标|完成时间|2024年12月|2024年12月|20|20|",
                "效益指标|社会效益指标|知晓率|≥90%|85%|20|18.89|宣传不足",
                "总分|100|98.89|");
        Form form = FormReader.read(TextGrids.of(decode(text))).get(0).form();
        List<String> labels = form.indicators().stream().map(i -> i.level1() + "/" + i.level2() + "/" + i.name())
                .toList();
        assertEquals(List.of("产出指标/数量指标/培训人次", "产出指标/质量指标/合格率", "产出指标/质量指标/完成时间",
                "效益指标/社会效益指标/知晓率"), labels);
        assertEquals("98.89", form.total().score().raw());
        assertEquals("宣传不足", form.indicators().get(3).reason());
    }

    static void assertForm(JsonNode truth, Form form) {
        assertEquals(truth.get("year").asText(), form.year());
        assertEquals(truth.get("project").asText(), form.project());
        assertEquals(truth.get("department").asText(), form.department());
        assertEquals(truth.get("unit").asText(), form.unit());
        assertEquals(truth.get("fundingUnit").asText(), form.fundingUnit());
        JsonNode funding = truth.get("funding");
        assertEquals(funding.size(), form.funding().size());
        for (int i = 0; i < funding.size(); i++) {
            JsonNode t = funding.get(i);
            FundingRow row = form.funding().get(i);
            assertEquals(label(t.get("label").asText()), row.label());
            assertEquals(t.get("role").asText(), row.role().name().toLowerCase(java.util.Locale.ROOT));
            assertEquals(t.get("initialBudget").asText(), raw(row.initialBudget()), row.label());
            assertEquals(t.get("budget").asText(), raw(row.budget()), row.label());
            assertEquals(t.get("executed").asText(), raw(row.executed()), row.label());
            assertEquals(t.get("weight").asText(), raw(row.weight()), row.label());
            assertEquals(t.get("rate").asText(), raw(row.rate()), row.label());
            assertEquals(t.get("score").asText(), raw(row.score()), row.label());
        }
        assertEquals(truth.get("expectedGoal").asText(), form.expectedGoal());
        assertEquals(truth.get("actualResult").asText(), form.actualResult());
        JsonNode indicators = truth.get("indicators");
        assertEquals(indicators.size(), form.indicators().size());
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode t = indicators.get(i);
            Indicator row = form.indicators().get(i);
            String where = "row " + i;
            assertEquals(t.get("level1").asText(), row.level1(), where);
            assertEquals(t.get("level2").asText(), row.level2(), where);
            assertEquals(t.get("name").asText(), row.name(), where);
            assertEquals(t.get("target").asText(), raw(row.target()), where);
            assertEquals(t.get("actual").asText(), raw(row.actual()), where);
            assertEquals(t.get("weight").asText(), raw(row.weight()), where);
            assertEquals(t.get("score").asText(), raw(row.score()), where);
            assertEquals(t.get("reason").asText(), row.reason(), where);
        }
        assertEquals(truth.get("total").get("weight").asText(), raw(form.total().weight()));
        assertEquals(truth.get("total").get("score").asText(), raw(form.total().score()));
    }

    /** A funding label as the reader keys it: without a leading 其中： and a trailing colon. */
    private static String label(String printed) {
        return printed.replaceFirst("^其中[:：]?", "").replaceFirst("[:：]$", "");
    }

    private static String raw(Figure f) {
        return f == null ? "" : f.raw().strip();
    }

    private static String raw(Measure m) {
        return m == null ? "" : m.raw().strip();
    }

    static JsonNode truthOf(String file) {
        for (JsonNode form : TRUTH) {
            if (form.get("file").asText().equals(file)) {
                return form;
            }
        }
        throw new IllegalArgumentException("no truth for " + file);
    }

    static SourceText text(String resource) throws IOException, UnreadableInputException {
        try (InputStream in = TextGridsTest.class.getResourceAsStream(resource)) {
            return TextDecoder.decode(resource, in.readAllBytes());
        }
    }

    private static SourceText decode(String text) throws UnreadableInputException {
        return TextDecoder.decode("test.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode truth() {
        try (InputStream in = TextGridsTest.class.getResourceAsStream("/text/truth.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
