package ziping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ziping.report.RuleDocs;
import ziping.rules.RuleCatalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output options of {@code check} as a CI job uses them: rule choice, baselines, exit codes, errors. */
class CheckOutputOptionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(out)).execute(args);
    }

    /** The rules of every finding a JSON Lines run over samples/ wrote, in order. */
    private List<String> rules(String... options) throws IOException {
        Path jsonl = dir.resolve("out.jsonl");
        List<String> args = new ArrayList<>(List.of("check", "samples", "-q", "--format", "jsonl", "-o",
                jsonl.toString()));
        args.addAll(List.of(options));
        run(args.toArray(String[]::new));
        List<String> rules = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            for (JsonNode form : MAPPER.readTree(line).get("forms")) {
                form.get("findings").forEach(f -> rules.add(f.get("rule").asText() + ":" + f.get("severity").asText()));
            }
        }
        return rules;
    }

    @Test
    void selectAndIgnoreTakeIdsPrefixesAndChecks() throws IOException {
        assertEquals(39, rules().size());
        List<String> zp2 = rules("--select", "ZP2");
        assertEquals(28, zp2.size());
        assertTrue(zp2.stream().allMatch(r -> r.startsWith("ZP2")), zp2.toString());
        assertEquals(List.of("ZP205:info", "ZP205:warning"), rules("--select", "unit_mismatch"));
        assertEquals(39 - 2 - 4, rules("--ignore", "unit_mismatch,ZP206").size());
        assertEquals(List.of("ZP412:warning"), rules("--select", "ZP41", "--ignore", "ZP410,ZP411"));
    }

    @Test
    void anUnknownRuleIsAnErrorThatNamesIt() {
        assertEquals(2, run("check", "samples", "--select", "ZP9"));
        assertTrue(err.toString().contains("unknown rule or check \"ZP9\""), err.toString());
        assertEquals(2, run("check", "samples", "--ignore", "unit_mismatched"));
        assertTrue(err.toString().contains("\"unit_mismatched\""), err.toString());
    }

    @Test
    void aProfileTurnsRulesOffAndChangesSeverities() throws IOException {
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"name\": \"ci\", \"rules\": {\"ZP2\": \"off\", \"ZP203\": \"error\"}}");
        List<String> rules = rules("--profile", profile.toString());
        assertEquals(16, rules.stream().filter(r -> r.equals("ZP203:error")).count());
        assertEquals(16, rules.stream().filter(r -> r.startsWith("ZP2")).count());
        assertEquals(1, run("check", "samples", "-q", "--profile", profile.toString(), "-o",
                dir.resolve("x.json").toString()), "ZP203 is an error now");
    }

    @Test
    void aProfileWithAnUnknownKeyOrRuleOrValueIsRefusedByName() throws IOException {
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"reverseFormla\": \"linear\"}");
        assertEquals(2, run("check", "samples", "--profile", profile.toString()));
        assertTrue(err.toString().contains("unknown key \"reverseFormla\""), err.toString());
        Files.writeString(profile, "{\"rules\": {\"ZP777\": \"off\"}}");
        assertEquals(2, run("check", "samples", "--profile", profile.toString()));
        assertTrue(err.toString().contains("\"ZP777\""), err.toString());
        Files.writeString(profile, "{\"rules\": {\"ZP205\": \"loud\"}}");
        assertEquals(2, run("check", "samples", "--profile", profile.toString()));
        assertTrue(err.toString().contains("\"loud\" is not off, on, error, warning or info"), err.toString());
        assertTrue(!err.toString().contains("Usage:"), "a short message, not the usage: " + err);
    }

    @Test
    void aBaselineHidesKnownFindingsEvenWhenLinesMove() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        assertEquals(0, run("check", "samples", "-q", "--write-baseline", baseline.toString(), "-o",
                dir.resolve("a.json").toString()));
        JsonNode written = MAPPER.readTree(baseline.toFile());
        assertEquals(39, written.get("findings").size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.json", "baseline.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "written in place, no temporary left");
        }
        JsonNode first = written.get("findings").get(0);
        assertEquals("000_abdcfc8520cbd6f1.txt", first.get("file").asText());
        assertEquals("ZP205", first.get("rule").asText());
        assertEquals("硬件采购数量", first.get("label").asText());

        Path moved = Files.createDirectories(dir.resolve("moved"));
        Path sample = Path.of("samples/003_6f58d3ca56c706f4.txt");
        Files.writeString(moved.resolve(sample.getFileName()), "\n\n\n" + Files.readString(sample));
        Path out = dir.resolve("b.json");
        assertEquals(0, run("check", moved.toString(), "-q", "--baseline", baseline.toString(), "--fail-on", "info",
                "-o", out.toString()));
        assertEquals(0, MAPPER.readTree(out.toFile()).get("summary").get("findings").asInt());
        assertEquals(1, run("check", moved.toString(), "-q", "--fail-on", "info", "-o", out.toString()),
                "without the baseline the findings are back");
    }

    @Test
    void failOnNeverAndExitZeroPassWhateverIsFound() {
        String o = dir.resolve("o.json").toString();
        assertEquals(1, run("check", "samples", "-q", "--fail-on", "warning", "-o", o));
        assertEquals(0, run("check", "samples", "-q", "--fail-on", "never", "-o", o));
        assertEquals(0, run("check", "samples", "-q", "--fail-on", "warning", "--exit-zero", "-o", o));
    }

    @Test
    void anInputWithoutAFormFailsWhenAsked() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run("check", "-", "--fail-on", "info", "-o", dir.resolve("a.json").toString()));
            System.setIn(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(1, run("check", "-", "--fail-on-no-form", "-o", dir.resolve("b.json").toString()));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void dashAsOutputIsStandardOutput() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertEquals(0, run("check", "samples/000_abdcfc8520cbd6f1.txt", "--format", "csv", "-o", "-"));
        } finally {
            System.setOut(saved);
        }
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("\uFEFFfile,status,form"));
        assertTrue(Files.notExists(Path.of("-")), "no file named -");
    }

    @Test
    void standardOutputThatCannotBeWrittenIsAnError() {
        PrintStream saved = System.out;
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        };
        try {
            System.setOut(new PrintStream(broken, true, StandardCharsets.UTF_8));
            assertEquals(4, run("check", "samples/000_abdcfc8520cbd6f1.txt", "--format", "json"));
        } finally {
            System.setOut(saved);
        }
        assertTrue(err.toString().contains("cannot write to standard output"), err.toString());
    }

    @Test
    void errorsAreOneLineWithAHint() {
        assertEquals(2, run("check", dir.resolve("no-such-folder").toString()));
        assertTrue(err.toString().contains("no such file or folder: " + dir.resolve("no-such-folder")
                + " (hint: check the path; - reads standard input)"), err.toString());
        assertEquals(4, run("check", "samples", "-q", "-o", dir.resolve("missing/out.json").toString()));
        assertTrue(err.toString().contains("cannot write " + dir.resolve("missing/out.json")
                + ": its folder does not exist (hint: create the folder or choose another path)"), err.toString());
        assertEquals(2, run("check", "samples", "--profile", dir.resolve("none.json").toString()));
        assertTrue(err.toString().contains("no such file (hint:"), err.toString());
        assertTrue(err.toString().contains("Try 'ziping check --help' for more information."), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }

    @Test
    void rulesListsAndExplainsFromTheCatalogue() {
        assertEquals(0, run("rules"));
        assertEquals(RuleDocs.list(), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("rules", "ZP205"));
        assertEquals(RuleDocs.detail(RuleCatalog.find("ZP205").orElseThrow()), out.toString());
        assertEquals(2, run("rules", "ZP999"));
        assertTrue(err.toString().contains("no rule ZP999"), err.toString());
    }

    @Test
    void helpAndShellCompletion() {
        assertEquals(0, run("help", "check"));
        assertTrue(out.toString().contains("--write-baseline"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("generate-completion"));
        assertTrue(out.toString().contains("complete -F _complete_ziping"),
                out.toString().lines().findFirst().orElse(""));
    }

    @Test
    void englishCsvHasTheFormulaInEnglishAndChineseHasNoEnglishWords() throws IOException {
        Path en = dir.resolve("en.csv");
        Path zh = dir.resolve("zh.csv");
        run("check", "samples", "-q", "--format", "csv", "--lang", "en", "-o", en.toString());
        run("check", "samples", "-q", "--format", "csv", "--no-bom", "-o", zh.toString());

        String english = Files.readString(en, StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFfile,"), "a BOM by default");
        assertTrue(english.contains(",actual = full-year spending B: 365.291 vs 365.11,"), english);
        String chinese = Files.readString(zh, StandardCharsets.UTF_8);
        assertTrue(chinese.startsWith("file,"), "--no-bom");
        assertTrue(chinese.contains(",正向: 80 / 95 × 4.44,"), chinese);
        assertTrue(!chinese.contains("forward") && !chinese.contains("reverse"), chinese);
    }
}
