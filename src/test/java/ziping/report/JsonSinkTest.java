package ziping.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import ziping.result.ReportResult;
import ziping.api.Ziping;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.model.Section;
import ziping.model.Skipped;
import ziping.testing.Golden;
import ziping.testing.Seeds;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonSinkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode write(Lang lang, List<FileResult> results) throws IOException {
        return MAPPER.readTree(SinkRun.write(Format.JSON, lang, results));
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = JsonSinkTest.class.getResourceAsStream("/ziping/result.schema.json")) {
            return MAPPER.readTree(in);
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> schemaKeys(JsonNode schemaObject) {
        Set<String> keys = new TreeSet<>();
        schemaObject.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(keys, new TreeSet<>(MAPPER.convertValue(schemaObject.get("required"), List.class)),
                "every documented key is required");
        return keys;
    }

    @Test
    void keysAreExactlyThoseOfTheSchema() throws IOException {
        JsonNode doc = write(Lang.ZH, SampleResults.batch());
        JsonNode schema = schema();
        JsonNode defs = schema.get("$defs");
        JsonNode file = doc.get("files").get(0);
        JsonNode form = file.get("forms").get(0);

        assertEquals(List.of("tool", "version", "files", "summary"), keys(doc));
        assertEquals(schemaKeys(schema), new TreeSet<>(keys(doc)));
        assertEquals(schemaKeys(defs.get("file")), new TreeSet<>(keys(file)));
        assertEquals(schemaKeys(defs.get("form")), new TreeSet<>(keys(form)));
        assertEquals(schemaKeys(defs.get("fundingRow")), new TreeSet<>(keys(form.get("funding").get(0))));
        assertEquals(schemaKeys(defs.get("indicator")), new TreeSet<>(keys(form.get("indicators").get(0))));
        assertEquals(schemaKeys(defs.get("total")), new TreeSet<>(keys(form.get("total"))));
        assertEquals(schemaKeys(defs.get("figure")), new TreeSet<>(keys(form.get("total").get("score"))));
        assertEquals(schemaKeys(defs.get("measure")), new TreeSet<>(keys(form.get("indicators").get(0).get("target"))));
        assertEquals(schemaKeys(defs.get("span")), new TreeSet<>(keys(form.get("span"))));
        assertEquals(schemaKeys(defs.get("computed")), new TreeSet<>(keys(form.get("computed"))));
        assertEquals(schemaKeys(defs.get("finding")), new TreeSet<>(keys(form.get("findings").get(0))));
        assertEquals(schemaKeys(defs.get("summary")), new TreeSet<>(keys(doc.get("summary"))));
    }

    @Test
    void skippedSaysWhichRowsACheckThatRanInPartLeftOut() throws IOException {
        FormResult read = SampleResults.form();
        FormResult partial = new FormResult(read.form(), read.computed(), read.findings(), List.of(
                new Skipped("ZP201", List.of(Section.INDICATOR), List.of("ZP003"),
                        Map.of(Section.INDICATOR, List.of(1, 2, 3))),
                new Skipped("ZP202", List.of(Section.FUNDING, Section.INDICATOR), List.of("ZP001", "ZP003"),
                        Map.of(Section.INDICATOR, List.of(1, 2, 3), Section.FUNDING, List.of(0, 1))),
                new Skipped("ZP301", List.of(Section.INDICATOR), List.of("ZP003"))));
        JsonNode form = write(Lang.ZH, List.of(new FileResult("samples/000.txt", FileStatus.OK, null,
                List.of(partial)))).get("files").get(0).get("forms").get(0);

        assertEquals("partial", form.get("read").asText());
        assertEquals("[{\"rule\":\"ZP201\",\"sections\":[\"indicator\"],\"because\":[\"ZP003\"],"
                + "\"rows\":{\"indicator\":[1,2,3]}},"
                + "{\"rule\":\"ZP202\",\"sections\":[\"funding\",\"indicator\"],\"because\":[\"ZP001\",\"ZP003\"],"
                + "\"rows\":{\"funding\":[0,1],\"indicator\":[1,2,3]}},"
                + "{\"rule\":\"ZP301\",\"sections\":[\"indicator\"],\"because\":[\"ZP003\"],\"rows\":null}]",
                form.get("skipped").toString());
        assertEquals(schemaKeys(schema().get("$defs").get("skipped")), new TreeSet<>(keys(form.get("skipped").get(0))));
    }

    @Test
    void formIsWrittenInTheDocumentedOrderWithPrintedScale() throws IOException {
        String text = SinkRun.write(Format.JSON, Lang.ZH, List.of(SampleResults.ok()));
        JsonNode form = MAPPER.readTree(text).get("files").get(0).get("forms").get(0);

        assertEquals(List.of("index", "kind", "project", "projectCode", "department", "unit", "year", "fields",
                "template", "fundingUnit", "funding", "expectedGoal", "actualResult", "indicators", "total", "span",
                "computed", "findings", "read", "skipped"),
                keys(form));
        assertEquals("selfeval_form", form.get("kind").asText());
        assertEquals(SampleResults.PROJECT, form.get("project").asText());
        assertTrue(text.contains("\"value\":271.999360"), "scale 6 kept");
        assertTrue(text.contains("\"value\":10.00"), "10.00 stays 10.00");
        JsonNode total = form.get("funding").get(0);
        assertEquals(List.of("label", "role", "initialBudget", "budget", "executed", "weight", "rate", "score",
                "received", "reason", "method", "pooling", "span"), keys(total));
        assertEquals("94.66%", total.get("rate").get("raw").asText());
        assertEquals("%", total.get("rate").get("unit").asText());
        assertEquals("number", total.get("rate").get("kind").asText());
        assertEquals("not_applicable", form.get("funding").get(1).get("score").get("kind").asText());
        assertTrue(form.get("funding").get(1).get("score").get("value").isNull());
        JsonNode target = form.get("indicators").get(0).get("target");
        assertEquals("≥", target.get("comparator").asText());
        assertTrue(form.get("indicators").get(0).get("actual").get("comparator").isNull());
        assertEquals(2, form.get("indicators").get(0).get("span").get("page").asInt());
        assertEquals("优", form.get("computed").get("grade").asText());
    }

    @Test
    void findingHasIdsLinesAndMessageInTheChosenLanguage() throws IOException {
        JsonNode zh = write(Lang.ZH, List.of(SampleResults.ok())).get("files").get(0).get("forms").get(0);
        JsonNode en = write(Lang.EN, List.of(SampleResults.ok())).get("files").get(0).get("forms").get(0);
        JsonNode finding = zh.get("findings").get(0);

        assertEquals("ZP103", finding.get("rule").asText());
        assertEquals("indicator_score", finding.get("check").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("indicator", finding.get("section").asText());
        assertEquals(0, finding.get("row").asInt());
        assertEquals(30, finding.get("lines").get("first").asInt());
        assertEquals(31, finding.get("lines").get("last").asInt());
        assertEquals(2, finding.get("page").asInt());
        assertEquals("表 7：测试", finding.get("message").asText());
        assertEquals("form 7: 测试", en.get("findings").get(0).get("message").asText());
        assertEquals("no.such.key", zh.get("findings").get(1).get("message").asText());
        assertTrue(zh.get("findings").get(1).get("stated").isNull(), "null kept as a key");
    }

    @Test
    void fileStatusesAndSummary() throws IOException {
        JsonNode doc = write(Lang.ZH, SampleResults.batch());
        JsonNode files = doc.get("files");
        JsonNode summary = doc.get("summary");

        assertEquals("ziping", doc.get("tool").asText());
        assertEquals(List.of("ok", "no_form", "unreadable"),
                List.of(files.get(0).get("status").asText(), files.get(1).get("status").asText(),
                        files.get(2).get("status").asText()));
        assertEquals("binary file, not text", files.get(2).get("error").asText());
        assertTrue(files.get(0).get("error").isNull());
        assertEquals(3, summary.get("files").asInt());
        assertEquals(1, summary.get("ok").asInt());
        assertEquals(1, summary.get("no_form").asInt());
        assertEquals(1, summary.get("unreadable").asInt());
        assertEquals(1, summary.get("forms").asInt());
        assertEquals(2, summary.get("findings").asInt());
        assertEquals(1, summary.get("by_severity").get("error").asInt());
        assertEquals(1, summary.get("by_severity").get("warning").asInt());
        assertEquals(0, summary.get("by_severity").get("info").asInt());
        assertEquals(List.of("ZP103", "ZP201"), keys(summary.get("by_rule")));
    }

    @Test
    void reportIsWrittenByRecordSerialisationBetweenKindAndFindings() throws IOException {
        FileResult file = new Ziping(Ziping.Options.defaults()).check(Seeds.path(Seeds.S002));
        String text = SinkRun.write(Format.JSON, Lang.EN, List.of(file));
        JsonNode doc = MAPPER.readTree(text).get("files").get(0).get("forms").get(0);

        assertEquals(List.of("index", "kind", "report", "findings"), keys(doc));
        assertEquals("selfeval_report", doc.get("kind").asText());
        Golden.assertSameTree(Golden.tree(((ReportResult) file.forms().get(0)).report()),
                Golden.parse(text).get("files").get(0).get("forms").get(0).get("report"));
        assertEquals(file.forms().get(0).findings().size(), doc.get("findings").size());
    }

    @Test
    void eachFileIsOneLineBetweenTheHeaderAndTheSummary() throws IOException {
        String text = SinkRun.write(Format.JSON, Lang.ZH, SampleResults.batch());
        String[] lines = text.split("\n", -1);

        assertEquals("{\"tool\":\"ziping\",\"version\":\"" + Ziping.VERSION + "\",\"files\":[", lines[0]);
        assertEquals(SampleResults.batch().size() + 3, lines.length, text);
        for (int i = 1; i <= SampleResults.batch().size(); i++) {
            JsonNode file = MAPPER.readTree(lines[i].replaceFirst(",$", ""));
            assertEquals(SampleResults.batch().get(i - 1).path(), file.get("path").asText());
        }
        assertTrue(lines[lines.length - 2].startsWith("],\"summary\":{"), lines[lines.length - 2]);
        assertEquals("", lines[lines.length - 1]);
    }
}
