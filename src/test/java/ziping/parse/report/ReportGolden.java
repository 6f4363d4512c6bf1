package ziping.parse.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * The comparison of a value with a golden JSON file: the first path where the trees differ (numbers compared by
 * their text, so 3.0 ≠ 3). {@code -Dgolden.update=true} rewrites the file.
 */
final class ReportGolden {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ReportGolden() {
    }

    /** The first differing path between the golden file and the value, empty when they agree. */
    static Optional<String> firstDifference(Path golden, Object value) throws IOException {
        JsonNode actual = MAPPER.readTree(MAPPER.writeValueAsString(value));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, MAPPER.writeValueAsString(actual) + "\n");
        }
        return diff("$", MAPPER.readTree(golden.toFile()), actual);
    }

    static Optional<String> diff(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                Optional<String> d = actual.has(name) ? diff(path + "." + name, expected.get(name), actual.get(name))
                        : Optional.of(path + "." + name + ": missing");
                if (d.isPresent()) {
                    return d;
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    return Optional.of(path + "." + name + ": unexpected");
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                Optional<String> d = diff(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
            return expected.size() == actual.size() ? Optional.empty()
                    : Optional.of(path + ": " + expected.size() + " elements expected, " + actual.size() + " found");
        }
        return expected.toString().equals(actual.toString()) ? Optional.empty()
                : Optional.of(path + ": expected " + expected + ", found " + actual);
    }
}
