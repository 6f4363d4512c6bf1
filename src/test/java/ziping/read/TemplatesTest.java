package ziping.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ziping.result.FormResult;
import ziping.grid.Grid;
import ziping.model.Form;
import ziping.model.FundingRole;
import ziping.model.Indicator;
import ziping.model.Scoring;
import ziping.parse.ParsedForm;
import ziping.rules.Auditor;
import ziping.rules.Profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Template families: a user's own file written from the README, matching, the general fallback, a forced family. */
class TemplatesTest {

    /** A form laid out with the words of the README's example template (资金预算数, 指标权重, 自评分数 …). */
    private static Grid ownLayout(String weightHeader, String scoreHeader) {
        return TestGrid.of(
                "> 项目支出绩效自评表",
                "> （2023年度）",
                "项目名称 ¦ 乡村道路养护@c3 ¦ 项目负责人 ¦ 王五@c3",
                "主管部门 ¦ 某县交通运输局@c3 ¦ 实施单位 ¦ 某县公路站@c3",
                "项目资金（万元）@r4 ¦ @c2 ¦ 资金预算数 ¦ 资金执行数 ¦ 分值 ¦ 执行率 ¦ 得分",
                "资金合计@c2 ¦ 200.00 ¦ 180.00 ¦ 10 ¦ 90.00% ¦ 9.00",
                "财政拨款@c2 ¦ 200.00 ¦ 180.00 ¦ - ¦ 90.00% ¦ -",
                "其他资金@c2 ¦ - ¦ - ¦ - ¦ - ¦ -",
                "绩效指标@r3 ¦ 一级指标 ¦ 二级指标 ¦ 三级指标 ¦ 年度指标值 ¦ 实际完成值 ¦ " + weightHeader + " ¦ "
                        + scoreHeader,
                "产出指标@r2 ¦ 数量指标 ¦ 养护里程 ¦ ≥100公里 ¦ 102公里 ¦ 50 ¦ 50",
                "质量指标 ¦ 优良路率 ¦ ≥80% ¦ 85% ¦ 40 ¦ 40",
                "总分@c5 ¦ 100 ¦ 99.00");
    }

    /** The JSON block of the README's "Writing your own" paragraph, as a user would copy it. */
    private static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("**Writing your own.**");
        int from = readme.indexOf("```json\n", at) + "```json\n".length();
        return readme.substring(from, readme.indexOf("```", from));
    }

    @Test
    void aUsersOwnTemplateWrittenFromTheReadmeIsMatchedAndReadWithItsWords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, readmeExample());
        Template mine;
        try (InputStream in = Files.newInputStream(file)) {
            mine = Template.read(in, file.toString());
        }
        Templates templates = Templates.builtIn().with(mine);

        List<ParsedForm> forms = FormReader.read(ownLayout("指标权重", "自评分数"), templates);

        assertEquals(1, forms.size());
        Form form = forms.get(0).form();
        assertEquals("GZ-2023", form.template().family());
        assertEquals(file.toString(), form.template().file());
        assertEquals("乡村道路养护", form.project());
        assertEquals(Map.of("manager", "王五"), form.fields());
        assertEquals(List.of(FundingRole.TOTAL, FundingRole.CURRENT, FundingRole.OTHER),
                form.funding().stream().map(r -> r.role()).toList());
        assertEquals(new BigDecimal("200.00"), form.fundingTotal().budget().value());
        assertEquals(new BigDecimal("180.00"), form.fundingTotal().executed().value());
        assertEquals(List.of("50", "40"), form.indicators().stream().map(i -> i.weight().raw()).toList());
        assertEquals(List.of("50", "40"), form.indicators().stream().map(i -> i.score().raw()).toList());
        assertEquals("99.00", form.total().score().raw());
        assertEquals(List.of(), forms.get(0).problems());
        FormResult result = new Auditor(Profile.DEFAULT).audit(forms.get(0));
        assertEquals(List.of(), result.findings());
        assertEquals(new BigDecimal("9.00"), result.computed().executionScore());
    }

    @Test
    void withoutTheUsersTemplateTheSameFormFitsNoFamilyAndIsReadWithTheGeneralLexicon() {
        Form form = FormReader.read(ownLayout("权重", "得分")).get(0).form();

        assertEquals("general", form.template().family());
        assertEquals(null, form.template().file());
        assertEquals(List.of("50", "40"), form.indicators().stream().map(Indicator::weight).map(f -> f.raw()).toList());
    }

    @Test
    void aForcedFamilyReadsEveryFormAndAnUnknownOneIsRefused() {
        Form form = FormReader.read(ownLayout("权重", "得分"), Templates.builtIn().forcing("SC-BM")).get(0).form();

        assertEquals("SC-BM", form.template().family());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Templates.builtIn().forcing("XX"));
        assertEquals("unknown template family XX; known: [CN-A, CN-A/AH, CN-A/YN, SC-BM, AH-SX, HB-20, BJ-2016, "
                + "HEB-CA, HB-GS, NX-YC, HN-NS, TP, TP/SC]", e.getMessage());
    }

    @Test
    void aFlavourWinsOverItsFamilyWhenBothFitAlike() {
        Template cnA = Templates.builtIn().byId("CN-A");
        Template anhui = Templates.builtIn().byId("CN-A/AH");

        assertEquals("CN-A", anhui.flavourOf());
        assertEquals(List.of("年度资金总额:", "其中:本年财政拨款"), anhui.signature());
        assertEquals(6, cnA.signature().size());
    }

    @Test
    void aTemplateWithoutIdOrSignatureIsRefused() {
        assertThrows(IOException.class, () -> Template.read(
                new ByteArrayInputStream("{\"id\": \"X\"}".getBytes(StandardCharsets.UTF_8)),
                "x.json"));
        assertThrows(IOException.class, () -> Template.read(
                new ByteArrayInputStream("{\"id\": \"X\", \"signature\": [\"a\"], \"colour\": 1}"
                        .getBytes(StandardCharsets.UTF_8)), "x.json"));
    }

    @Test
    void aTemplateWhoseScoringHasAWrongTypeOrKeyIsRefusedSayingWhere() {
        IOException wrongType = assertThrows(IOException.class, () -> Template.read(new ByteArrayInputStream(
                "{\"id\": \"X\", \"signature\": [\"a\"], \"scoring\": {\"grades\": [{\"grade\": \"优\", \"from\": \"九十\"}]}}"
                        .getBytes(StandardCharsets.UTF_8)), "x.json"));
        assertEquals("scoring.grades[0].from must be a number", wrongType.getMessage());
        IOException unknownKey = assertThrows(IOException.class, () -> Template.read(new ByteArrayInputStream(
                "{\"id\": \"X\", \"signature\": [\"a\"], \"scoring\": {\"execution\": {\"points\": 10, \"cell\": 1}}}"
                        .getBytes(StandardCharsets.UTF_8)), "x.json"));
        assertEquals("unknown key scoring.execution.cell", unknownKey.getMessage());
    }

    @Test
    void aBuiltInScoringModelIsReadWithItsPrintedScales() {
        Scoring anhui = Templates.builtIn().byId("AH-SX").scoring();

        assertEquals(new Scoring.Execution(new BigDecimal("10"), "cell", true), anhui.execution());
        assertEquals(List.of(new BigDecimal("80"), new BigDecimal("60")), anhui.qualitativeBands());
        assertEquals(new Scoring.Grade("优", new BigDecimal("90")), anhui.grades().get(0));
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), List.copyOf(anhui.fixedLevel1Points().keySet()));
        assertEquals(new BigDecimal("50"), anhui.fixedLevel1Points().get("产出指标"));
        assertEquals("全年预算数", anhui.rateDenominator());
        assertNull(anhui.reasonRequiredBelowRate());
        assertFalse(anhui.gradePrinted());
    }
}
