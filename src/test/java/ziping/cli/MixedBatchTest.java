package ziping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ziping.testing.Seeds;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A batch over real and bad inputs: each file gets its status, the batch goes on, the exit code says what happened. */
class MixedBatchTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return new CommandLine(new Main()).setErr(new PrintWriter(new StringWriter()))
                .setOut(new PrintWriter(new StringWriter())).execute(args);
    }

    private JsonNode check(Path in, int expectedExit, String... options) throws IOException {
        Path out = dir.resolve("out.json");
        List<String> args = new ArrayList<>(List.of("check", in.toString(), "--format", "json", "-o", out.toString()));
        args.addAll(List.of(options));
        assertEquals(expectedExit, run(args.toArray(String[]::new)));
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void everyFileGetsItsStatusAndUnreadableInputExitsWith3() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed000 = Files.readString(Seeds.path(Seeds.S000), StandardCharsets.UTF_8);
        Files.write(in.resolve("a-gbk.txt"), seed000.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Files.write(in.resolve("c-binary.txt"), new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.writeString(in.resolve("d-notice.txt"), "关于做好2025年元旦假期安全防范工作的通知\n各区应急管理局：\n",
                StandardCharsets.UTF_8);
        Files.copy(Seeds.path(Seeds.S002), in.resolve("e-report.txt"));
        Files.copy(Seeds.path(Seeds.S003), in.resolve("f-forms.txt"));

        JsonNode doc = check(in, 3);

        List<String> statuses = new ArrayList<>();
        doc.get("files").forEach(f -> statuses.add(f.get("path").asText().replace(in + "/", "") + " "
                + f.get("status").asText() + " " + f.get("forms").size()));
        assertEquals(List.of("a-gbk.txt ok 1", "b-empty.txt unreadable 0", "c-binary.txt unreadable 0",
                "d-notice.txt no_form 0", "e-report.txt ok 1", "f-forms.txt ok 14"), statuses);
        assertEquals("北京市重点非煤矿山重大灾害风险防控系统建设服务",
                doc.get("files").get(0).get("forms").get(0).get("project").asText());
        assertEquals("selfeval_report", doc.get("files").get(4).get("forms").get(0).get("kind").asText());
        assertEquals(2, doc.get("summary").get("unreadable").asInt());
    }

    @Test
    void samplesHaveNoErrorButWarnings() throws IOException {
        Path samples = Path.of("samples");
        JsonNode doc = check(samples, 0);
        assertEquals(4, doc.get("summary").get("ok").asInt());
        assertEquals(17, doc.get("summary").get("forms").asInt());
        assertEquals(0, doc.get("summary").get("by_severity").get("error").asInt());
        check(samples, 1, "--fail-on", "warning");
    }
}
