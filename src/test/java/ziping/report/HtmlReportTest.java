package ziping.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ziping.result.FileResult;
import ziping.api.Ziping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report of samples/ (and of a file without a form and an unreadable one), static and in Chromium. */
class HtmlReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** A finding in the list, shown or hidden by a filter. */
    private static final Pattern FINDING = Pattern.compile("<li class=\"finding sev-\\w+[\" ]");

    @TempDir
    Path dir;

    private static List<FileResult> results() throws IOException {
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        List<FileResult> results = new ArrayList<>();
        for (Path p : Ziping.expand(List.of("samples"))) {
            results.add(ziping.check(p));
        }
        results.addAll(SampleResults.batch());
        return results;
    }

    private static int jsonFindings(List<FileResult> results) throws IOException {
        return new ObjectMapper().readTree(SinkRun.write(Format.JSON, Lang.ZH, results)).get("summary")
                .get("findings").asInt();
    }

    private static String html(List<FileResult> results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSink sink = Format.HTML.open(out, StandardCharsets.UTF_8,
                new SinkOptions(Lang.ZH, false, 0, false, false));
        sink.begin();
        for (FileResult r : results) {
            sink.accept(r);
        }
        sink.end();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theReportIsOneFileWithEveryFindingBesideItsMarkedCells() throws IOException {
        List<FileResult> results = results();
        String html = html(results);

        assertEquals(jsonFindings(results), count(FINDING, html));
        assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(html).find(), "nothing is fetched");
        assertFalse(html.contains("http://") || html.contains("https://"), "no address at all");
        assertTrue(html.contains("<td class=\"hit sev-warning\" data-findings=\""), "a marked cell");
        assertTrue(html.contains("<dt>公式</dt><dd>目标已达成 → 得分 = 分值 = 10</dd>"), "formula beside it");
        assertTrue(html.contains("<table id=\"by-rule\">") && html.contains("<table id=\"by-file\">"), "summaries");
        assertTrue(html.contains("@media print"), "printable");
        assertTrue(html.contains("photo.txt <small>[无法读取]</small>"), "an unreadable file has its section");
    }

    @Test
    void chromiumOpensItWithoutAConsoleMessageAndShowsEveryFinding() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("SKIPPED HtmlReportTest in Chromium: " + CHROMIUM + " is not installed");
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                CHROMIUM + " is not installed: HTML not opened in a browser");
        List<FileResult> results = results();
        Path page = dir.resolve("report.html");
        Files.writeString(page, html(results), StandardCharsets.UTF_8);
        Path log = dir.resolve("chromium.log");
        String shown = open(page.toUri().toString(), log);

        List<String> console = Files.readAllLines(log).stream().filter(l -> l.contains(":CONSOLE")).toList();
        assertEquals(List.of(), console, "console messages");
        int findings = jsonFindings(results);
        assertEquals(findings, count(FINDING, shown));
        assertTrue(shown.contains("id=\"shown-count\">" + findings + "<"), "the script ran and counted them all");
        assertTrue(shown.contains("<option value=\"ZP203\">ZP203</option>"), "the rule filter was filled");

        String filtered = open(page.toUri() + "#severity=warning&rule=ZP203", log);
        assertTrue(filtered.contains("id=\"shown-count\">16<"), "the 16 ZP203 warnings, no other finding");
        assertEquals(findings - 16, count(Pattern.compile("<li class=\"finding sev-\\w+ hidden\""), filtered));
        assertEquals(findings, count(FINDING, filtered), "hidden, not removed");
    }

    /** The page's DOM after its script ran, in headless Chromium with a fresh profile; its log in {@code log}. */
    private String open(String url, Path log) throws Exception {
        Path dom = dir.resolve("dom.html");
        Path profile = Files.createTempDirectory(dir, "profile");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom", url)
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        assertEquals(0, chromium.exitValue(), Files.readString(log));
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
