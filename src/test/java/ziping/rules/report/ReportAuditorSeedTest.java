package ziping.rules.report;

import ziping.testing.Seeds;
import org.junit.jupiter.api.Test;
import ziping.result.ReportResult;
import ziping.model.Finding;
import ziping.parse.report.ReportParser;
import ziping.rules.Profile;
import ziping.rules.ReverseFormula;
import ziping.source.SourceText;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The findings seed 002 deserves, exactly: the parse warnings on rows whose columns the text does not show, the
 * unplaced zeros, four scores that disagree with their standard or the default rules, and 预算执行率 meaning two
 * things. Everything else adds up: the spending items (872628), the weights per group (20/40/30/10, sub-groups
 * 5.46/5.46/9.08 …), the total 90.08 in the table and in the prose, the grade 优秀.
 */
class ReportAuditorSeedTest {

    private static List<String> findings(SourceText text, Profile profile) {
        ReportResult result = new ReportAuditor(profile).audit(ReportParser.parse(text));
        return result.findings().stream().map(ReportAuditorSeedTest::key).toList();
    }

    private static String key(Finding f) {
        return f.rule() + " " + f.section().id() + " " + f.row() + " " + f.stated() + " " + f.computed();
    }

    @Test
    void seedFindingsUnderTheDefaultProfile() throws IOException {
        assertEquals(List.of(
                "ZP490 funding 0 912000 912000 912000 0 null",
                "ZP490 funding 1 912000 912000 912000 0 null",
                "ZP490 funding 2 912000 912000 912000 0 null",
                "ZP490 funding 3 872628 872628 872628 0 null",
                "ZP490 spending null [872628, 872628, 0, 0] null",
                "ZP491 scoring null [0, 0.0, 0, 0, 0, 0, 0, 0, 0] null",
                "ZP410 scoring 10 1.78 1.7998",
                "ZP411 scoring 14 2.5 [3.7155, 3.7624]",
                "ZP411 scoring 15 3.0 [2.1658, 2.2770]",
                "ZP411 scoring 21 12.0 [12.5526, 12.7106]",
                "ZP412 scoring 0 95.68% [99.5000, 100.5000]"),
                findings(Seeds.text(Seeds.S002), Profile.DEFAULT));
    }

    @Test
    void seedFindingsSeverities() throws IOException {
        List<String> severities = new ReportAuditor(Profile.DEFAULT).audit(ReportParser.parse(Seeds.text(Seeds.S002)))
                .findings().stream().map(f -> f.rule() + " " + f.check().id() + " " + f.severity().id()).toList();
        assertEquals(List.of("ZP490 parse warning", "ZP490 parse warning", "ZP490 parse warning",
                "ZP490 parse warning", "ZP490 parse warning", "ZP491 parse info", "ZP410 indicator_score warning",
                "ZP411 indicator_score warning", "ZP411 indicator_score warning", "ZP411 indicator_score warning",
                "ZP412 name_conflict warning"), severities);
    }

    @Test
    void repairTimeIsConsistentWithTheRatioRuleButNotTheLinearOne() throws IOException {
        List<String> linear = findings(Seeds.text(Seeds.S002), Profile.DEFAULT.withReverseFormula(ReverseFormula.LINEAR));
        assertEquals(List.of("ZP411 scoring 15 3.0 [0.0000, 0.2220]", "ZP411 scoring 17 3.0 [2.1737, 2.2663]"),
                linear.stream().filter(k -> k.startsWith("ZP411 scoring 15") || k.startsWith("ZP411 scoring 17"))
                        .toList());
    }

    @Test
    void eachRuleFiresWhenItsNumbersAreChanged() throws IOException {
        assertEquals(List.of("ZP401 funding 4 39375 [39371.0000, 39373.0000]"),
                onlyRule("ZP401", 33, "资金结余 (5)=(3)-(4) 39375 39372 0 39372 0 0 0 0 0 0"));
        assertEquals(List.of("ZP402 spending null 872628 [882615.5000, 882640.5000]",
                        "ZP402 spending null 872628 [882615.5000, 882640.5000]"),
                onlyRule("ZP402", 54, "监控平台硬件设备运维服务费 60000 60000"));
        assertEquals(List.of("ZP403 spending null 872630 [872627.5000, 872628.5000]",
                        "ZP403 spending null 872630 [872627.5000, 872628.5000]"),
                onlyRule("ZP403", 52, "合计 872630 872630 0 0"));
        assertEquals(List.of("ZP404 scoring 0 5.64 [5.4450, 5.4750]"), onlyRule("ZP404", 333, "5.64"));
        assertEquals(List.of("ZP405 scoring 11 45 [39.9550, 40.0450]"), onlyRule("ZP405", 538, "产出目标 45"));
        assertEquals(List.of("ZP406 total null 100 [103.0000, 107.0000]"), onlyRule("ZP406", 538, "产出目标 45"));
        assertEquals(List.of("ZP407 total null 91.08 [89.7300, 90.4300]"), onlyRule("ZP407", 621, "总计 100 91.08"));
        assertEquals(List.of("ZP408 total null 91.08 [90.0750, 90.0850]"),
                onlyRule("ZP408", 222, "运行维护管理专项资金项目绩效自评价结果为:总得分 91.08分，属于\"优秀\"。"));
        assertEquals(List.of("ZP409 total null 良好 [90.0750, 90.0850]"), onlyRule("ZP409", 623, "评价等级 0 良好"));
        assertEquals(List.of("ZP410 scoring 0 1.82 [1.7412, 1.7415]"),
                onlyRule("ZP410 scoring 0 ", 335, "预算执行率 1.82 100% 95.68% 1.82"));
    }

    /** The findings whose key starts with {@code prefix} after line {@code line} is replaced by {@code text}. */
    private static List<String> onlyRule(String prefix, int line, String text) throws IOException {
        return findings(Seeds.withLine(Seeds.S002, line, text), Profile.DEFAULT).stream().filter(k -> k.startsWith(prefix))
                .toList();
    }
}
