package ziping.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import ziping.result.FileResult;
import ziping.api.Ziping;
import ziping.rules.RuleCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifSinkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The official OASIS SARIF 2.1.0 schema (draft-04), committed as a test resource. */
    private static JsonSchema schema() throws IOException {
        try (InputStream in = SarifSinkTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static List<FileResult> samples() throws IOException {
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        List<FileResult> results = new ArrayList<>();
        for (Path p : Ziping.expand(List.of("samples"))) {
            results.add(ziping.check(p));
        }
        results.addAll(SampleResults.batch());
        return results;
    }

    @Test
    void theSamplesGiveAValidSarifLog() throws IOException {
        String text = SinkRun.write(Format.SARIF, Lang.EN, samples());
        JsonNode log = MAPPER.readTree(text);

        Set<ValidationMessage> errors = schema().validate(log);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.get("runs").get(0);
        assertEquals(RuleCatalog.all().size(), run.get("tool").get("driver").get("rules").size());
        assertEquals(41, run.get("results").size(), "39 findings of samples/ and 2 of the hand-made file");
        assertEquals(2, run.get("invocations").get(0).get("toolExecutionNotifications").size(),
                "the file without a form and the unreadable one");
    }

    @Test
    void aResultNamesRuleFileLinesAndAFingerprintWithoutLines() throws IOException {
        JsonNode log = MAPPER.readTree(SinkRun.write(Format.SARIF, Lang.ZH, samples()));
        JsonNode run = log.get("runs").get(0);
        JsonNode first = run.get("results").get(0);

        assertEquals("ZP205", first.get("ruleId").asText());
        assertEquals("note", first.get("level").asText());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt());
        assertEquals("ZP205", rule.get("id").asText());
        assertEquals(RuleDocs.detail(RuleCatalog.find("ZP205").orElseThrow()), rule.get("help").get("text").asText());
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertEquals("samples/000_abdcfc8520cbd6f1.txt", location.get("artifactLocation").get("uri").asText());
        assertEquals(119, location.get("region").get("startLine").asInt());
        assertEquals(32, first.get("partialFingerprints").get(SarifSink.FINGERPRINT).asText().length());
        assertEquals(11, first.get("properties").get("row").asInt(), "counted from 1");
    }

    @Test
    void aPdfFindingNamesItsPageNotLinesAndPathsBecomeUris() throws IOException {
        JsonNode log = MAPPER.readTree(SinkRun.write(Format.SARIF, Lang.EN, SampleResults.batch()));
        JsonNode result = log.get("runs").get(0).get("results").get(0);
        JsonNode location = result.get("locations").get(0);

        assertTrue(location.get("physicalLocation").get("region") == null, "a page has no line region");
        assertEquals("form 1: " + SampleResults.PROJECT + ", page 2, indicator 1",
                location.get("message").get("text").asText());
        assertEquals(2, result.get("properties").get("page").asInt());
        assertEquals("dir%20a/%E8%A1%A8.txt", SarifSink.uri("dir a/表.txt"));
    }
}
