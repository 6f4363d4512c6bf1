package ziping.parse.report;

import ziping.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Seed 002 as the parser sees it, optionally with one line changed (to show a rule fire). */
public final class Seed002 {
    private static final Path SEED = Path.of("samples", "002_b9b88a0ff98e24c9.txt");

    private Seed002() {
    }

    public static SourceText text() throws IOException {
        return withLine(0, null);
    }

    /** The seed with 1-based line {@code number} replaced by {@code text}; unchanged for number 0. */
    public static SourceText withLine(int number, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        if (number > 0) {
            lines.set(number - 1, text);
        }
        return new SourceText(SEED.toString(), lines, lines, List.of());
    }
}
