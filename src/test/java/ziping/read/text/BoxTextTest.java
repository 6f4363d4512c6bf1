package ziping.read.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.result.FileResult;
import ziping.result.FormResult;
import ziping.api.Ziping;
import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.read.TruthFields;
import ziping.parse.ParsedForm;
import ziping.source.SourceText;
import ziping.source.TextDecoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pdfminer's text of generated PDFs printed with {@code -M 40 -F disabled} (boxes in the order of their bottom edge;
 * src/test/resources/gen, made by src/test/fixtures/gen/make_fixtures.py): read from its boxes ({@link BoxText}), every
 * field as the truth has it (an empty 二级 cell aside: box text cannot tell it from a merged one), the injected error
 * found and no other; pdfminer's default order is left to {@link FlowText}.
 */
class BoxTextTest {
    private static final Path ROOT = Path.of("src/test/resources/gen");

    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    @ParameterizedTest
    @CsvSource({"lo, f000", "lo, f001", "chromium, f009", "chromium, f010"})
    void readsEveryField(String producer, String file) throws Exception {
        assertEquals(List.of(), wrong(truth(producer, file), form(producer, file)));
    }

    @Test
    void readsAnEmpty二级CellAsTheLabelAbove() throws Exception {
        assertEquals(List.of("indicator 6 level2: expected '' but read '经济成本指标'"),
                wrong(truth("lo", "f002"), form("lo", "f002")));
    }

    /**
     * Chromium's tables whose every wrapped line is a box of its own ({@link SplitRows}): the funding and indicator rows
     * rebuilt, every indicator as the truth has it: 维护质量, which the order lets end row 3's name or begin row 4's,
     * ends row 3's, as a first line of row 4's it would be shorter than the line after it ({@link LineBreaks}; until
     * the widths were compared, both rows were reported in doubt); the 总分, whose 100.00 wrapped around its label
     * line, is read by its rows' 分值, which with the funding block's add up to 100.00 (until that, its numbers were
     * kept in one cell).
     */
    @Test
    void readsTablesPrintedLineByLine() throws Exception {
        assertEquals(List.of(), wrong(truth("chromium-8080", "f020"), form("chromium-8080", "f020")));
        List<ParsedForm> read = TextForms.read(text(ROOT.resolve("chromium-8080/text/pdfminer-m40/f020.txt")));
        assertEquals(List.of(), read.get(0).problems().stream()
                .filter(f -> f.rule().equals("ZP007") && f.section() == Section.INDICATOR).map(Finding::row).toList());
        // the goals, a box of one line and one of two that print in that order in either column, are not read
        assertEquals(1, read.get(0).problems().stream()
                .filter(f -> f.rule().equals("ZP007") && f.section() == Section.HEADER).count());
        assertNull(read.get(0).form().expectedGoal());
        assertNull(read.get(0).form().actualResult());
    }

    /**
     * Merged 一级 labels printed line by line (产出指 / 标 around the middle of their group) are read apart and given to
     * their groups, every label as the truth has it; the rows whose text another division fits as well keep their
     * numbers with their names in doubt (ZP007), and so does one whose text no reading explains (its name left empty,
     * its 分值 and 得分 still its anchor's, so that the sums are checked); the header
     * field whose value wrapped around its label's line is read whole. (Until these labels were placed, every row
     * lost its name.)
     */
    @Test
    void readsMergedLabelsPrintedLineByLine() throws Exception {
        Form form = form("chromium-8080", "f045");
        assertEquals("北京市退役军人事务局执法总队", form.unit());
        assertEquals(List.of(
                        "indicator 10 name: expected '重点行业领域老旧管网改造服务单位成本' but read ''",
                        "indicator 10 target: expected '≤200元/次' but read ''"),
                wrong(truth("chromium-8080", "f045"), form).stream().filter(w -> w.startsWith("indicator")).toList());
        List<Finding> problems = TextForms.read(text(ROOT.resolve("chromium-8080/text/pdfminer-m40/f045.txt"))).get(0)
                .problems();
        // rows 0 and 1 (修 ending row 0's name or 复时间 beginning row 1's) were in doubt until the lines' widths told;
        // rows 9 and 11 border row 10, which no reading explains and which took the lines between their anchors
        assertEquals(List.of("ZP007 2", "ZP007 9", "ZP007 10", "ZP007 11"), problems.stream()
                .filter(f -> (f.rule().equals("ZP007") || f.rule().equals("ZP003")) && f.section() == Section.INDICATOR)
                .map(f -> f.rule() + " " + f.row()).toList());
    }

    /**
     * A funding block whose wrapped row labels are boxes of several lines (standing after their values) in a table
     * printed line by line is left to the box-row reading: rows it cannot place keep their values in one cell (the
     * second row's label wrapped into a box of its own), the ones it can are read whole: the 总额 row's rate printed
     * as {@code 97.9} above its line and {@code 0%} below is joined ({@link WrappedParts}).
     */
    @Test
    void leavesFundingRowsWithWrappedLabelBoxesUnplacedRatherThanGuessed() throws Exception {
        List<String> rows = new ArrayList<>();
        for (FundingRow r : form("chromium-8080", "f047").funding()) {
            rows.add(String.join("|", raw(r.initialBudget()), raw(r.budget()), raw(r.executed()), raw(r.weight()),
                    raw(r.rate()), raw(r.score())));
        }
        assertEquals(List.of("105.56|99.80|97.70|10.00|97.90%|9.79", "95.69 | 86.72 | 86.72 | - | - | 100.00%|||||", "|||||",
                "|||||", "9.87|13.08|10.98|-|83.94%|-"), rows);
    }

    /**
     * Numbers wrapped in their cells printed line by line: the 总分's two numbers both wrapped (100.0, 100.0, 总分, 0, 0;
     * its score read 0 and ZP302 fired on a clean form), and the 总额 row's amounts wrapped after their points above and
     * below its line (their first lines were taken for the header, and the row's values shifted one column: ZP102 fired).
     */
    @Test
    void readsNumbersWrappedAroundTheirRowsLine() throws Exception {
        Form total = form("chromium-92413", "f000");
        assertEquals(List.of("100.00", "100.00"), List.of(raw(total.total().weight()), raw(total.total().score())));
        FundingRow funding = form("chromium-92413", "f024").funding().get(0);
        assertEquals(List.of("18716681.25", "18716681.25", "16933854.60", "10.00", "90.47%", "9.05"),
                List.of(raw(funding.initialBudget()), raw(funding.budget()), raw(funding.executed()),
                        raw(funding.weight()), raw(funding.rate()), raw(funding.score())));
    }

    @Test
    void leavesTheDefaultOrderToFlowText() throws Exception {
        SourceText text = text(ROOT.resolve("lo/text/pdfminer/f000.txt"));
        assertTrue(Boxes.recognises(text));
        assertNull(BoxText.rows(text));
        assertEquals(ziping.read.FormReader.read(CellTable.build(text, FlowText.rows(text))), TextForms.read(text));
    }

    @ParameterizedTest
    @CsvSource({"lo, f000", "lo, f001", "lo, f002", "chromium, f009", "chromium, f010", "chromium-8080, f020",
            "chromium-8080, f045", "chromium-92413, f000"})
    void findsTheInjectedErrorAndNoOther(String producer, String file) throws Exception {
        FileResult result = ZIPING.check(ROOT.resolve(producer).resolve("text/pdfminer-m40").resolve(file + ".txt"));
        FormResult form = (FormResult) result.forms().get(0);
        JsonNode truth = truth(producer, file);
        assertEquals(List.of(), TruthFields.unexplainedErrors(truth, form.findings()));
        JsonNode injected = truth.get("injected");
        if (!injected.isNull()) {
            String rule = injected.get("rule").asText();
            assertTrue(form.findings().stream().anyMatch(f -> f.rule().equals(rule) && f.severity() == Severity.ERROR),
                    rule + " not found");
        }
    }

    /**
     * 92413 f024: its fiscal row's amounts (当年财 / 政拨款, wrapped) are not read, so the parts cannot add up: ZP002
     * says the row is lost and the checks that read the funding block (the injected ZP202 among them) do not run.
     */
    @Test
    void aFiscalRowReadWithoutItsAmountsIsALostPart() throws Exception {
        FileResult result = ZIPING.check(ROOT.resolve("chromium-92413/text/pdfminer-m40/f024.txt"));
        FormResult form = (FormResult) result.forms().get(0);

        assertEquals(List.of("年度资金总额", "当年财", "上年结转资金", "其他资"),
                form.form().funding().stream().map(FundingRow::label).toList());
        assertEquals(List.of(FundingRole.TOTAL, FundingRole.CURRENT, FundingRole.CARRYOVER, FundingRole.OTHER),
                form.form().funding().stream().map(FundingRow::role).toList(), "a label cut short takes its role");
        assertTrue(form.findings().stream().anyMatch(f -> f.rule().equals("ZP002")
                && f.section() == ziping.model.Section.FUNDING));
        assertTrue(form.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }

    private static Form form(String producer, String file) throws Exception {
        List<ParsedForm> forms = TextForms.read(text(ROOT.resolve(producer).resolve("text/pdfminer-m40")
                .resolve(file + ".txt")));
        assertEquals(1, forms.size());
        return forms.get(0).form();
    }

    private static SourceText text(Path path) throws Exception {
        return TextDecoder.decode(path.toString(), Files.readAllBytes(path));
    }

    private static JsonNode truth(String producer, String file) throws Exception {
        for (JsonNode form : new ObjectMapper().readTree(ROOT.resolve(producer).resolve("truth.json").toFile())) {
            if (form.get("file").asText().equals(file)) {
                return form;
            }
        }
        throw new IllegalArgumentException(file);
    }

    private static List<String> wrong(JsonNode truth, Form form) {
        List<String> wrong = new ArrayList<>();
        same(wrong, "project", truth.get("project").asText(), form.project());
        same(wrong, "unit", truth.get("unit").asText(), form.unit());
        JsonNode funding = truth.get("funding");
        same(wrong, "funding rows", String.valueOf(funding.size()), String.valueOf(form.funding().size()));
        for (int i = 0; i < Math.min(funding.size(), form.funding().size()); i++) {
            JsonNode t = funding.get(i);
            FundingRow r = form.funding().get(i);
            String[] fields = {"initialBudget", "budget", "executed", "weight", "rate", "score"};
            Figure[] read = {r.initialBudget(), r.budget(), r.executed(), r.weight(), r.rate(), r.score()};
            for (int f = 0; f < fields.length; f++) {
                same(wrong, "funding " + i + " " + fields[f], t.get(fields[f]).asText(), raw(read[f]));
            }
        }
        JsonNode indicators = truth.get("indicators");
        same(wrong, "indicator rows", String.valueOf(indicators.size()), String.valueOf(form.indicators().size()));
        for (int i = 0; i < Math.min(indicators.size(), form.indicators().size()); i++) {
            JsonNode t = indicators.get(i);
            Indicator r = form.indicators().get(i);
            String at = "indicator " + i + " ";
            same(wrong, at + "level1", t.get("level1").asText(), r.level1());
            same(wrong, at + "level2", t.get("level2").asText(), r.level2());
            same(wrong, at + "name", t.get("name").asText(), r.name());
            same(wrong, at + "target", t.get("target").asText(), raw(r.target()));
            same(wrong, at + "actual", t.get("actual").asText(), raw(r.actual()));
            same(wrong, at + "weight", t.get("weight").asText(), raw(r.weight()));
            same(wrong, at + "score", t.get("score").asText(), raw(r.score()));
            same(wrong, at + "reason", t.get("reason").asText(), r.reason());
        }
        same(wrong, "total weight", truth.get("total").get("weight").asText(), raw(form.total().weight()));
        same(wrong, "total score", truth.get("total").get("score").asText(), raw(form.total().score()));
        return wrong;
    }

    private static void same(List<String> wrong, String field, String expected, String actual) {
        String e = expected.replaceAll("\\s+", "");
        String a = actual == null ? "" : actual.replaceAll("\\s+", "");
        if (!e.equals(a)) {
            wrong.add(field + ": expected '" + e + "' but read '" + a + "'");
        }
    }

    private static String raw(Figure f) {
        return f == null ? "" : f.raw();
    }

    private static String raw(Measure m) {
        return m == null ? "" : m.raw();
    }
}
