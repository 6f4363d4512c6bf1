package ziping.testing;

import ziping.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seed documents in samples/, as the parser sees them. */
public final class Seeds {
    public static final String S000 = "000_abdcfc8520cbd6f1.txt";
    public static final String S001 = "001_774e03a9acda7a8d.txt";
    public static final String S002 = "002_b9b88a0ff98e24c9.txt";
    public static final String S003 = "003_6f58d3ca56c706f4.txt";
    public static final List<String> FORMS = List.of(S000, S001, S003);

    private Seeds() {
    }

    public static Path path(String name) {
        return Path.of("samples", name);
    }

    public static SourceText text(String name) throws IOException {
        return withLine(name, 0, null);
    }

    /** The seed with 1-based line {@code number} replaced by {@code text} (to show a rule fire); unchanged for 0. */
    public static SourceText withLine(String name, int number, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(path(name), StandardCharsets.UTF_8));
        if (number > 0) {
            lines.set(number - 1, text);
        }
        return new SourceText(path(name).toString(), lines, lines, List.of());
    }
}
