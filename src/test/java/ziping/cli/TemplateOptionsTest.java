package ziping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --template and --template-family on the command line. */
class TemplateOptionsTest {
    private static final String FORM = "src/test/resources/families/SC-BM/2.pdf";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new Main()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute(args);
    }

    private JsonNode firstForm(Path out) throws IOException {
        return new ObjectMapper().readTree(out.toFile()).get("files").get(0).get("forms").get(0);
    }

    @Test
    void aFormNamesItsFamilyAndAUsersTemplateItsFile() throws IOException {
        Path out = dir.resolve("out.json");
        assertEquals(1, run("check", FORM, "--format", "json", "-o", out.toString()));
        assertEquals("SC-BM", firstForm(out).get("template").get("family").asText());
        assertTrue(firstForm(out).get("template").get("file").isNull());

        Path mine = dir.resolve("sc.json");
        Files.writeString(mine, "{\"id\": \"SC-MINE\", \"signature\": [\"调整后预算数\", \"预算执行数\", \"财政专户管理资金\","
                + " \"完成值\", \"未完成原因分析\", \"预算执行情况(10分)\", \"部门预算项目支出绩效自评表(2023年度)\"],"
                + " \"fundingColumns\": {\"label\": [\"年度预算数(万元)\"]}}");
        assertEquals(0, run("parse", FORM, "--template", mine.toString(), "-o", out.toString()));
        assertEquals("SC-MINE", firstForm(out).get("template").get("family").asText());
        assertEquals(mine.toString(), firstForm(out).get("template").get("file").asText());
        assertEquals(5, firstForm(out).get("funding").size());
    }

    @Test
    void aForcedFamilyReadsTheFormAndBadTemplatesAreUsageErrors() throws IOException {
        Path out = dir.resolve("out.json");
        assertEquals(0, run("parse", FORM, "--template-family", "HN-NS", "-o", out.toString()));
        assertEquals("HN-NS", firstForm(out).get("template").get("family").asText());

        assertEquals(2, run("check", FORM, "--template-family", "XX"));
        assertTrue(err.toString().contains("unknown template family XX"), err.toString());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"X\"}");
        assertEquals(2, run("check", FORM, "--template", broken.toString()));
        assertTrue(err.toString().contains("a template needs an id and a non-empty signature"), err.toString());
    }
}
