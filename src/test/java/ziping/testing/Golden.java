package ziping.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden JSON files: a value is serialised and compared node by node with a committed file; differences are listed
 * by JSON path. Run with {@code -Dgolden.update=true} to rewrite the files (then review them with git diff).
 */
public final class Golden {
    public static final Path DIR = Path.of("src/test/resources/golden");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Golden() {
    }

    /** The JSON tree of a value as the golden files hold it (exact decimals). */
    public static JsonNode tree(Object value) throws IOException {
        return MAPPER.readTree(MAPPER.writeValueAsString(value));
    }

    /** The tree of a JSON text, decimals exact ({@code 10.00} stays {@code 10.00}). */
    public static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** Fails with the paths where the trees differ. */
    public static void assertSameTree(JsonNode expected, JsonNode actual) {
        List<String> diffs = new ArrayList<>();
        diff("$", expected, actual, diffs);
        if (!diffs.isEmpty()) {
            fail(diffs.size() + " difference(s):\n  " + String.join("\n  ", diffs.subList(0, Math.min(diffs.size(), 25))));
        }
    }

    /** A committed golden file's tree. */
    public static JsonNode read(String name) throws IOException {
        return MAPPER.readTree(DIR.resolve(name).toFile());
    }

    public static void assertMatches(String name, Object value) throws IOException {
        Path file = DIR.resolve(name);
        JsonNode actual = tree(value);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, MAPPER.writeValueAsString(actual) + "\n");
        }
        assertTrue(Files.exists(file), "golden file missing: " + file + " (run with -Dgolden.update=true)");
        JsonNode expected = MAPPER.readTree(file.toFile());
        List<String> diffs = new ArrayList<>();
        diff("$", expected, actual, diffs);
        if (!diffs.isEmpty()) {
            fail(diffs.size() + " difference(s) from " + file + ":\n  "
                    + String.join("\n  ", diffs.subList(0, Math.min(diffs.size(), 25))));
        }
    }

    /** A copy of a tree without its {@code span} fields (line numbers differ between sources of one form). */
    public static JsonNode withoutSpans(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        stripSpans(copy);
        return copy;
    }

    private static void stripSpans(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("span");
        }
        node.forEach(Golden::stripSpans);
    }

    /** Lists the paths where the two trees differ; numbers compare by their text so that 10.00 ≠ 10.0. */
    public static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!actual.has(n)) {
                    out.add(path + "." + n + ": missing");
                } else {
                    diff(path + "." + n, expected.get(n), actual.get(n), out);
                }
            }
            actual.fieldNames().forEachRemaining(n -> {
                if (!expected.has(n)) {
                    out.add(path + "." + n + ": unexpected");
                }
            });
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": " + expected.size() + " elements expected, " + actual.size() + " found");
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.toString().equals(actual.toString())) {
            out.add(path + ": expected " + expected + ", found " + actual);
        }
    }
}
