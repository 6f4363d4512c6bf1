package ziping.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The password of encrypted PDFs, from {@code --password}, {@code --password-file} (its first line) or the
 * environment variable {@value #ENV}, in that order; the last two keep it out of the shell's history.
 */
final class Password {
    static final String ENV = "ZIPING_PASSWORD";

    private Password() {
    }

    static String of(String option, Path file, Map<String, String> env) throws IOException {
        if (option != null) {
            return option;
        }
        if (file != null) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.lines().findFirst().orElse("");
        }
        return env.get(ENV);
    }
}
