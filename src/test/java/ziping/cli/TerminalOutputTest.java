package ziping.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import ziping.text.DisplayWidth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default output on a real terminal: util-linux {@code script} gives the process a pseudo-terminal for standard
 * output while standard input is {@code /dev/null}. Skipped where {@code script} is not installed.
 */
class TerminalOutputTest {
    private static final Path SCRIPT = Path.of("/usr/bin/script");

    private static String run(String extraEnv, String redirect) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(SCRIPT), "util-linux script is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = extraEnv + " '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' ziping.cli.Main check samples/000_abdcfc8520cbd6f1.txt samples/001_774e03a9acda7a8d.txt -q"
                + " < /dev/null" + redirect;
        Process p = new ProcessBuilder(SCRIPT.toString(), "-qec", command, "/dev/null")
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String(out, StandardCharsets.UTF_8).replace("\r", "");
    }

    @Test
    void aTerminalGetsAColouredTableFittedToItsWidthWhateverStandardInputIs() throws Exception {
        String text = run("env COLUMNS=80 NO_COLOR=", "");
        assertTrue(text.contains("\033[36m提示\033[0m  ZP205"), text);
        List<String> lines = text.lines().map(l -> l.replaceAll("\033\\[[0-9;]*m", "")).toList();
        assertTrue(lines.stream().allMatch(l -> DisplayWidth.of(l) <= 80), text);
        assertTrue(lines.contains("    级别  规则   位置     项目      来源     说明"), text);
    }

    @Test
    void noColorTurnsColoursOffAndAPipeGetsJson() throws Exception {
        String plain = run("env COLUMNS=80 NO_COLOR=1", "");
        assertFalse(plain.contains("\033["), plain);
        assertTrue(plain.contains("    提示  ZP205"), plain);
        String piped = run("env COLUMNS=80", " | cat");
        assertTrue(piped.startsWith("{\"tool\":\"ziping\""), piped);
    }
}
