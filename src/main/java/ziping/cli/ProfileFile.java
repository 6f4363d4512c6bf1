package ziping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ziping.rules.GradeBand;
import ziping.rules.Profile;
import ziping.rules.ReverseFormula;
import ziping.rules.Rounding;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule profile in JSON; every key is optional and defaults to {@link Profile#DEFAULT}:
 * <pre>{"name": "jiangxi", "reverseFormula": "linear", "capExecutionScore": true, "rounding": "nearest",
 *  "grades": [{"grade": "优", "from": 90}, …], "farAboveFactor": 2, "qualitativeMetFrom": 0.8,
 *  "qualitativePartialFrom": 0.6,
 *  "rules": {"ZP206": "off", "ZP205": "error", "ZP4": "warning"}}</pre>
 * A key that is not one of these is an error that names it.
 */
final class ProfileFile {
    private static final Set<String> KEYS = Set.of("name", "reverseFormula", "capExecutionScore", "rounding", "grades",
            "farAboveFactor", "qualitativeMetFrom", "qualitativePartialFrom", "rules");

    /** The scoring profile and the per-rule settings (rule id, prefix or check → off, on or a severity). */
    record Contents(Profile profile, Map<String, String> rules) {
    }

    private ProfileFile() {
    }

    static Contents read(Path file) throws IOException {
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key \"" + key + "\" (known: " + String.join(", ",
                        KEYS.stream().sorted().toList()) + ")");
            }
        }
        return new Contents(profile(json), rules(json.path("rules")));
    }

    private static Map<String, String> rules(JsonNode rules) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (rules.isMissingNode()) {
            return settings;
        }
        if (!rules.isObject()) {
            throw new IllegalArgumentException("rules must be an object such as {\"ZP206\": \"off\"}");
        }
        rules.fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        return settings;
    }

    private static Profile profile(JsonNode json) {
        Profile d = Profile.DEFAULT;
        return new Profile(
                json.path("name").asText(d.name()),
                json.has("reverseFormula") ? enumOf(ReverseFormula.class, json.get("reverseFormula"))
                        : d.reverseFormula(),
                json.path("capExecutionScore").asBoolean(d.capExecutionScore()),
                json.has("rounding") ? enumOf(Rounding.class, json.get("rounding")) : d.rounding(),
                json.has("grades") ? grades(json.get("grades")) : d.grades(),
                json.has("farAboveFactor") ? decimal(json.get("farAboveFactor")) : d.farAboveFactor(),
                json.has("qualitativeMetFrom") ? decimal(json.get("qualitativeMetFrom")) : d.qualitativeMetFrom(),
                json.has("qualitativePartialFrom") ? decimal(json.get("qualitativePartialFrom"))
                        : d.qualitativePartialFrom());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode node) {
        return Enum.valueOf(type, node.asText().toUpperCase(Locale.ROOT));
    }

    private static List<GradeBand> grades(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException("grades must be a non-empty array");
        }
        List<GradeBand> bands = new ArrayList<>();
        for (JsonNode band : array) {
            bands.add(new GradeBand(band.path("grade").asText(), decimal(band.path("from"))));
        }
        return List.copyOf(bands);
    }

    private static BigDecimal decimal(JsonNode node) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException("expected a number, got " + node);
        }
        return node.decimalValue();
    }
}
