package ziping.data;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An object of a JSON data file, read by jackson-jr into maps and lists, with typed access that refuses a value of
 * the wrong type. jackson-jr rather than jackson-databind: the data files are read on every start, and databind's
 * mapper and its reflection over records cost a few hundred ms of CPU before the first form (the launcher runs C1
 * only); jackson-jr reads the same files in about a quarter of that. A key that is absent reads as null (false for a
 * boolean).
 *
 * @param where the object's path in its file ({@code scoring.execution}), for messages
 */
public record JsonObject(Map<String, Object> fields, String where) {
    private static final JSON JSON_READER = JSON.std.with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);

    public JsonObject {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The file's top-level object. */
    public static JsonObject read(InputStream in) throws IOException {
        return new JsonObject(JSON_READER.mapFrom(in), "");
    }

    /** This object, when it has no key but {@code allowed}. */
    public JsonObject withOnly(Set<String> allowed) throws IOException {
        for (String key : fields.keySet()) {
            if (!allowed.contains(key)) {
                throw new IOException("unknown key " + path(key));
            }
        }
        return this;
    }

    public String string(String key) throws IOException {
        return as(key, String.class, "a text");
    }

    public boolean bool(String key) throws IOException {
        Boolean value = as(key, Boolean.class, "true or false");
        return value != null && value;
    }

    public BigDecimal decimal(String key) throws IOException {
        Object value = fields.get(key);
        BigDecimal d = decimal(value);
        if (d == null && value != null) {
            throw new IOException(path(key) + " must be a number");
        }
        return d;
    }

    public JsonObject object(String key) throws IOException {
        Object value = fields.get(key);
        if (value != null && !(value instanceof Map)) {
            throw new IOException(path(key) + " must be an object");
        }
        return value == null ? null : object((Map<?, ?>) value, path(key));
    }

    public List<String> strings(String key) throws IOException {
        return items(key, "a text", (item, index) -> item instanceof String s ? s : null);
    }

    public List<BigDecimal> decimals(String key) throws IOException {
        return items(key, "a number", (item, index) -> decimal(item));
    }

    public List<JsonObject> objects(String key) throws IOException {
        return items(key, "an object",
                (item, index) -> item instanceof Map<?, ?> map ? object(map, itemPath(key, index)) : null);
    }

    /** How the item at {@code index} of a list reads as a {@code T}: null where it is not one. */
    private interface Item<T> {
        T read(Object item, int index);
    }

    /** The list of {@code key}, each item read by {@code item}; null when absent; one that does not read is refused. */
    private <T> List<T> items(String key, String what, Item<T> item) throws IOException {
        List<Object> items = list(key);
        if (items == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T value = item.read(items.get(i), i);
            if (value == null) {
                throw new IOException(itemPath(key, i) + " must be " + what);
            }
            out.add(value);
        }
        return out;
    }

    /** An object whose every value is a list of texts (a lexicon's roles and their words), in the file's order. */
    public Map<String, List<String>> stringLists(String key) throws IOException {
        return entries(key, "a list of texts", JsonObject::strings);
    }

    /** An object whose every value is a text or null, in the file's order. */
    public Map<String, String> nullableStrings(String key) throws IOException {
        JsonObject object = object(key);
        if (object == null) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (String name : object.fields.keySet()) {
            strings.put(name, object.string(name));
        }
        return strings;
    }

    /** An object whose every value is a number, in the file's order. */
    public Map<String, BigDecimal> decimalMap(String key) throws IOException {
        return entries(key, "a number", JsonObject::decimal);
    }

    /** How the value of a key reads as a {@code T}: null where absent. */
    private interface Entry<T> {
        T read(JsonObject object, String key) throws IOException;
    }

    /** The object of {@code key}, each value read by {@code entry}; null when absent; an absent value is refused. */
    private <T> Map<String, T> entries(String key, String what, Entry<T> entry) throws IOException {
        JsonObject object = object(key);
        if (object == null) {
            return null;
        }
        Map<String, T> out = new LinkedHashMap<>();
        for (String name : object.fields.keySet()) {
            T value = entry.read(object, name);
            if (value == null) {
                throw new IOException(object.path(name) + " must be " + what);
            }
            out.put(name, value);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(String key) throws IOException {
        return as(key, List.class, "a list");
    }

    /** The value of {@code key} when it is a {@code type}; null when absent. The path is made only for a message. */
    private <T> T as(String key, Class<T> type, String what) throws IOException {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new IOException(path(key) + " must be " + what);
        }
        return type.cast(value);
    }

    private String path(String key) {
        return where.isEmpty() ? key : where + "." + key;
    }

    private String itemPath(String key, int index) {
        return path(key) + "[" + index + "]";
    }

    @SuppressWarnings("unchecked")
    private static JsonObject object(Map<?, ?> map, String path) {
        return new JsonObject((Map<String, Object>) map, path);
    }

    /** A number as written (a decimal keeps its scale, an integer has scale 0); null when absent or not a number. */
    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        return null;
    }
}
