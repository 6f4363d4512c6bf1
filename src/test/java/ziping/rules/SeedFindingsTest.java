package ziping.rules;

import org.junit.jupiter.api.Test;
import ziping.result.FormResult;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.testing.Seeds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every finding on the seed forms under the default profile, exactly: "form rule row stated → computed".
 * The seeds' arithmetic is honest (no error-level finding: e.g. 9.99 for 365.11/365.29 is explained by rounding);
 * what they show are met-but-deducted scores, a cost in 元 against one in 万元, cost actuals that are not 全年执行数,
 * and targets set low.
 */
class SeedFindingsTest {

    private static List<String> findings(String seed) throws IOException {
        List<String> out = new ArrayList<>();
        Auditor auditor = new Auditor(Profile.DEFAULT);
        for (ParsedForm p : FormParser.parse(Seeds.text(seed))) {
            FormResult r = auditor.audit(p);
            for (Finding f : r.findings()) {
                out.add(p.form().index() + " " + f.rule() + " " + f.severity().id() + " " + f.row() + " " + f.stated()
                        + " → " + f.computed());
            }
        }
        return out;
    }

    @Test
    void seed000() throws IOException {
        assertEquals(List.of(
                "1 ZP205 info 10 11 → null",
                "1 ZP206 info 10 ≥2个 → 5.5×"), findings(Seeds.S000));
    }

    @Test
    void seed001HardwareCostIsExplainedByTheRatioFormula() throws IOException {
        // 硬件采购成本 ≤34.575万元, actual 36.09万元, 分值 5.00, 得分 4.79 = 34.575/36.09×5: no ZP201.
        assertEquals(List.of("1 ZP206 info 8 ≥0个 → null"), findings(Seeds.S001));
    }

    @Test
    void seed001UnderTheLinearReverseFormulaTheHardwareCostIsWrong() throws IOException {
        Auditor linear = new Auditor(Profile.DEFAULT.withReverseFormula(ReverseFormula.LINEAR));
        ParsedForm form = FormParser.parse(Seeds.text(Seeds.S001)).get(0);
        List<String> zp201 = linear.audit(form).findings().stream().filter(f -> f.rule().equals("ZP201"))
                .map(f -> f.row() + " " + f.stated() + " → " + f.computed()).toList();
        assertEquals(List.of("21 4.79 → [4.7801, 4.7817]"), zp201);
    }

    @Test
    void seed003() throws IOException {
        assertEquals(List.of(
                "1 ZP203 warning 7 8.00 → 10",
                "1 ZP206 info 5 ≥3次 → 2×",
                "1 ZP206 info 6 ≥3次 → 2×",
                "2 ZP203 warning 12 3 → 5",
                "2 ZP205 warning 9 365.291万元 → null",
                "2 ZP207 warning 9 365.291万元 → 365.11",
                "3 ZP203 warning 1 15.00 → 20",
                "3 ZP203 warning 5 7.00 → 10",
                "3 ZP204 warning 1 15.00 → null",
                "3 ZP207 warning 3 185.1256万元 → 111.08",
                "4 ZP203 warning 5 8.00 → 10",
                "5 ZP203 warning 4 8.00 → 10",
                "6 ZP203 warning 4 8.00 → 10",
                "7 ZP203 warning 1 15 → 20",
                "7 ZP203 warning 5 7 → 10",
                "7 ZP207 warning 2 59.5万元 → 35.70",
                "9 ZP203 warning 11 9.00 → 10",
                "10 ZP203 warning 10 9 → 10",
                "11 ZP203 warning 9 9 → 10",
                "11 ZP207 warning 6 ≤433.1202万元 → 420.03 / 420.03",
                "11 ZP207 warning 6 419.78万元 → 419.48",
                "12 ZP203 warning 7 9 → 10",
                "13 ZP203 warning 5 3.00 → 5",
                "14 ZP203 warning 4 19.00 → 20",
                "14 ZP203 warning 5 9.00 → 10"), findings(Seeds.S003));
    }

    @Test
    void noErrorOnAnySeedForm() throws IOException {
        for (String seed : Seeds.FORMS) {
            for (String f : findings(seed)) {
                assertEquals(false, f.contains(" " + Severity.ERROR.id() + " "), seed + ": " + f);
            }
        }
    }
}
