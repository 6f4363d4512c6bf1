package ziping;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each package imports only the packages listed before it in README.md's code layout: lower layers never higher. */
class LayersTest {
    private static final List<String> LAYERS = List.of("text", "data", "model", "grid", "source", "parse", "read",
            "result", "rules", "report", "api", "cli");
    private static final Path SOURCES = Path.of("src/main/java/ziping");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?ziping\\.(\\w+)", Pattern.MULTILINE);

    @Test
    void noPackageImportsALaterOne() throws IOException {
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String layer = SOURCES.relativize(file).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (LAYERS.indexOf(m.group(1)) > LAYERS.indexOf(layer)) {
                        upward.add(SOURCES.relativize(file) + " imports ziping." + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void everyPackageIsALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertEquals(LAYERS.stream().sorted().toList(),
                    dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
        }
    }
}
