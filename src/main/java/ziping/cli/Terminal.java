package ziping.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the process is attached to. */
final class Terminal {
    /** On Linux, where file descriptors 1 and 2 point. */
    private static final Path STDOUT_LINK = Path.of("/proc/self/fd/1");
    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");
    /** The width assumed for a terminal whose size cannot be found. */
    static final int DEFAULT_COLUMNS = 80;

    private Terminal() {
    }

    /** True when there is a console and standard error goes to a terminal as well. */
    static boolean stderrIsInteractive() {
        return System.console() != null && isTty(STDERR_LINK);
    }

    /** True when standard output goes to a terminal, whatever standard input is. */
    static boolean stdoutIsTty() {
        return Files.isSymbolicLink(STDOUT_LINK) ? isTty(STDOUT_LINK) : System.console() != null;
    }

    /**
     * The width a table should fit: {@code COLUMNS} when set, else the terminal's when standard output is one
     * ({@link #DEFAULT_COLUMNS} if it cannot be asked), else 0 (no limit: a file takes long lines).
     */
    static int columns(Map<String, String> env, boolean tty) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        return tty ? askTerminal() : 0;
    }

    /** Colours unless {@code NO_COLOR} is set (to anything but the empty string) or output is not a terminal. */
    static boolean colours(Map<String, String> env, boolean tty) {
        String noColor = env.get("NO_COLOR");
        return tty && (noColor == null || noColor.isEmpty());
    }

    /** {@code stty size} on the controlling terminal: "rows columns". */
    private static int askTerminal() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (stty.waitFor(2, TimeUnit.SECONDS) && size.matches("\\d+ \\d+")) {
                int cols = Integer.parseInt(size.substring(size.indexOf(' ') + 1));
                return cols > 0 ? cols : DEFAULT_COLUMNS;
            }
        } catch (IOException e) {
            return DEFAULT_COLUMNS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DEFAULT_COLUMNS;
    }

    /** Linux tells through /proc; elsewhere the console is taken as the sign of a terminal. */
    private static boolean isTty(Path link) {
        if (!Files.isSymbolicLink(link)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
