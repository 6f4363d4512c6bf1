package ziping.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.result.FileResult;
import ziping.result.FormResult;
import ziping.api.Ziping;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Severity;
import ziping.testing.Golden;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every template-family fixture (src/test/resources/families, see src/test/fixtures/families/README.md) read from its
 * PDF: the family it is matched to, its fields against its truth.json (the cells as printed), its model against a
 * golden file, and its exact findings — the errors its truth.json declares and nothing at error level on a clean form.
 */
class FamilyFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/families");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    /** dir, form, family, findings ({@code rule label} each, in the order reported; {@code -} for none). */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', value = {
            "AH-SX   | 1 | AH-SX   | -",
            "AH-SX   | 2 | AH-SX   | ZP201 完工及时率; ZP301 总分; ZP302 总分; ZP305 产出指标; ZP305 效益指标",
            "BJ-2016 | 1 | BJ-2016 | -",
            "BJ-2016 | 2 | BJ-2016 | ZP101 年度资金总额; ZP201 场均活动成本（万元）",
            "CN-A    | 1 | CN-A    | -",
            "CN-A    | 2 | CN-A    | ZP203 管网改造工程验收合格率",
            "CN-A    | 3 | CN-A    | -",
            "CN-A-AH | 1 | CN-A/AH | -",
            "CN-A-AH | 2 | CN-A/AH | ZP103 年度资金总额; ZP103 年度资金总额; ZP103 年度资金总额; ZP205 完成造价咨询项目数量;"
                    + " ZP205 咨询成果复核通过率; ZP205 项目总成本; ZP207 项目总成本",
            "CN-A-YN | 1 | CN-A/YN | -",
            "CN-A-YN | 2 | CN-A/YN | ZP101 年度资金总额; ZP304 总分",
            "HB-20   | 1 | HB-20   | -",
            "HB-20   | 2 | HB-20   | ZP102 年度财政资金总额; ZP303 年度绩效目标1（40分）",
            "HB-GS   | 1 | HB-GS   | -",
            "HB-GS   | 2 | HB-GS   | ZP105 预算执行率; ZP202 管理制度健全性; ZP302 总分",
            "HEB-CA  | 1 | HEB-CA  | -",
            "HEB-CA  | 2 | HEB-CA  | ZP201 公路优良路率; ZP203 每公里养护成本; ZP204 每公里养护成本; ZP208 每公里养护成本",
            "HN-NS   | 1 | HN-NS   | -",
            "HN-NS   | 2 | HN-NS   | ZP101 年度资金总额; ZP103 年度资金总额",
            "NX-YC   | 1 | NX-YC   | -",
            "NX-YC   | 2 | NX-YC   | ZP105 预算执行率",
            "SC-BM   | 1 | SC-BM   | -",
            "SC-BM   | 2 | SC-BM   | ZP101 总额; ZP101 财政资金; ZP102 总额; ZP104 总额; ZP203 培训合格率; ZP204 培训合格率",
            "TP      | 1 | TP      | -",
            "TP      | 2 | TP      | ZP101 地方财政资金",
            "TP      | 3 | TP/SC   | -",
            "TP      | 4 | TP/SC   | ZP101 年度资金总额"})
    void everyFamilyFormIsReadAndCheckedByItsFamily(String dir, String file, String family, String findings)
            throws IOException {
        FileResult result = ZIPING.check(DIR.resolve(dir).resolve(file + ".pdf"));
        assertEquals(1, result.forms().size());
        FormResult checked = (FormResult) result.forms().get(0);
        Form form = checked.form();
        JsonNode truth = truth(dir, file);

        assertEquals(family, form.template().family());
        assertEquals(null, form.template().file());
        assertEquals(List.of(), differences(truth, form));
        Golden.assertMatches("family-" + dir + "-" + file + ".form.json", form);
        List<String> expected = findings.equals("-") ? List.of() : Arrays.asList(findings.split("; "));
        assertEquals(expected, checked.findings().stream().map(f -> f.rule() + " " + f.label()).toList());
        if (truth.get("errors").isEmpty()) {
            assertEquals(List.of(), checked.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        }
    }

    private static JsonNode truth(String dir, String file) throws IOException {
        for (JsonNode form : JSON.readTree(DIR.resolve(dir).resolve("truth.json").toFile())) {
            if (form.get("file").asText().equals(file)) {
                return form;
            }
        }
        throw new AssertionError("no truth for " + dir + "/" + file);
    }

    /** The fields that differ from the truth: header, funding cells, indicator names and figures, total. */
    private static List<String> differences(JsonNode truth, Form form) {
        List<String> out = new ArrayList<>();
        JsonNode header = truth.get("header");
        same(out, "year", truth.get("year").asText(), form.year());
        same(out, "project", header.get("project").asText(), form.project());
        if (header.has("projectCode")) {
            same(out, "projectCode", header.get("projectCode").asText(), form.projectCode());
        }
        if (header.has("department")) {
            same(out, "department", header.get("department").asText(), form.department());
        }
        same(out, "unit", header.get("unit").asText(), form.unit());
        JsonNode rows = truth.get("funding").get("rows");
        same(out, "funding rows", String.valueOf(rows.size()), String.valueOf(form.funding().size()));
        for (int i = 0; i < Math.min(rows.size(), form.funding().size()); i++) {
            JsonNode want = rows.get(i);
            FundingRow got = form.funding().get(i);
            same(out, "funding " + i + " role", want.get("role").asText(), got.role().id());
            JsonNode cells = want.get("cells");
            String budget = cells.has("netBudget") ? "netBudget" : cells.has("adjustedBudget") ? "adjustedBudget"
                    : "budget";
            same(out, "funding " + i + " budget", text(cells, budget), raw(got.budget()));
            same(out, "funding " + i + " executed", text(cells, "executed"), raw(got.executed()));
            same(out, "funding " + i + " rate", text(cells, "rate"), raw(got.rate()));
            if (cells.has("score")) {
                same(out, "funding " + i + " score", text(cells, "score"), raw(got.score()));
            }
            if (cells.has("received")) {
                same(out, "funding " + i + " received", text(cells, "received"), raw(got.received()));
            }
        }
        JsonNode indicators = truth.get("indicators");
        same(out, "indicators", String.valueOf(indicators.size()), String.valueOf(form.indicators().size()));
        for (int i = 0; i < Math.min(indicators.size(), form.indicators().size()); i++) {
            JsonNode want = indicators.get(i);
            Indicator got = form.indicators().get(i);
            boolean converted = want.has("converted");
            same(out, "indicator " + i + " name", want.get("name").asText(), got.name());
            same(out, "indicator " + i + " level1", want.get("level1").asText(), got.level1());
            same(out, "indicator " + i + " weight", text(want, "weight"), raw(got.weight()));
            same(out, "indicator " + i + " score", text(want, converted ? "converted" : "score"), raw(got.score()));
            if (converted) {
                same(out, "indicator " + i + " singleScore", text(want, "score"), raw(got.singleScore()));
            }
            if (want.has("method")) {
                same(out, "indicator " + i + " method", text(want, "method"), got.method());
            }
            if (want.has("goalBlock")) {
                same(out, "indicator " + i + " goalBlock", text(want, "goalBlock"), got.goalBlock());
            }
        }
        JsonNode total = truth.get("total");
        if (total.isNull()) {
            same(out, "total", null, form.total() == null ? null : "a total");
        } else {
            same(out, "total weight", text(total, "weight"), raw(form.total().weight()));
            same(out, "total score", text(total, "score"), raw(form.total().score()));
            same(out, "total grade", text(total, "grade"), form.total().grade());
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String raw(Figure f) {
        return f == null ? null : f.raw();
    }

    /** Compares as printed, whitespace aside (a cell's text may wrap). */
    private static void same(List<String> out, String field, String want, String got) {
        String w = want == null ? null : want.replaceAll("\\s", "");
        String g = got == null ? null : got.replaceAll("\\s", "");
        if (w == null ? g != null : !w.equals(g)) {
            out.add(field + ": want " + want + ", got " + got);
        }
    }
}
