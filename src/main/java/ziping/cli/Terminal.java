package ziping.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the process is attached to. */
final class Terminal {
    /** On Linux, where file descriptor 2 points. */
    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /** True when there is a console and standard error goes to a terminal as well. */
    static boolean stderrIsInteractive() {
        return System.console() != null && stderrIsTty();
    }

    /** Linux tells through /proc; elsewhere the console is taken as the sign of a terminal. */
    private static boolean stderrIsTty() {
        if (!Files.isSymbolicLink(STDERR_LINK)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(STDERR_LINK).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
