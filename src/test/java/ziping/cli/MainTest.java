package ziping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute(args);
    }

    /** A folder with an empty file and a binary file, both named *.txt. */
    private Path badInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0});
        return in;
    }

    @Test
    void usageErrorsExitWith2() throws IOException {
        Path in = badInputs();
        assertEquals(2, run("check", "--bogus", in.toString()));
        assertEquals(2, run("check", "--format", "xml", in.toString()));
        assertEquals(2, run("check", "--fail-on", "fatal", in.toString()));
        assertEquals(2, run("check", "--grade-bounds", "80,90,60", in.toString()));
        assertEquals(2, run("check", "--profile", dir.resolve("none.json").toString(), in.toString()));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run());
        assertTrue(err.toString().contains("--bogus"), err.toString());
    }

    @Test
    void versionAndHelpExitWith0() {
        assertEquals(0, run("--version"));
        assertEquals(0, run("check", "--help"));
    }

    @Test
    void unreadableInputsExitWith3AndTheBatchReportsEveryFile() throws IOException {
        Path in = badInputs();
        Path out = dir.resolve("out.json");

        assertEquals(3, run("check", in.toString(), "--format", "JSON", "--fail-on", "info", "-o", out.toString()));

        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        JsonNode files = doc.get("files");
        assertEquals(2, files.size());
        assertEquals(in.resolve("empty.txt").toString(), files.get(0).get("path").asText());
        assertEquals("unreadable", files.get(0).get("status").asText());
        assertEquals("empty file", files.get(0).get("error").asText());
        assertEquals(in.resolve("photo.txt").toString(), files.get(1).get("path").asText());
        assertEquals("binary file, not text", files.get(1).get("error").asText());
        assertEquals(2, doc.get("summary").get("unreadable").asInt());
    }

    @Test
    void csvToAFileListsBothBadFiles() throws IOException {
        Path out = dir.resolve("findings.csv");

        assertEquals(3, run("check", badInputs().toString(), "--format", "csv", "--lang", "en", "-o", out.toString()));

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).endsWith(",unreadable,,,,,,,,,,,,,empty file,,,"), lines.get(1));
        assertTrue(lines.get(2).contains("binary file, not text"), lines.get(2));
    }

    @Test
    void standardInputIsReadForDash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(" \n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(3, run("check", "-", "--format", "jsonl", "-o", dir.resolve("out.jsonl").toString()));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void parsePrintsEveryFileAndExitsWith3OnUnreadableInput() throws IOException {
        Path out = dir.resolve("parsed.json");

        assertEquals(3, run("parse", badInputs().toString(), "-o", out.toString()));

        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertEquals("ziping", doc.get("tool").asText());
        assertEquals(List.of("empty file", "binary file, not text"),
                List.of(doc.get("files").get(0).get("error").asText(), doc.get("files").get(1).get("error").asText()));
    }
}
