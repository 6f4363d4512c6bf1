package ziping.read;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import ziping.model.FormTemplate;
import ziping.model.Scoring;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A template family as data (one {@code ziping/templates/*.json} file, or a user's own; schema
 * {@code ziping/template.schema.json}): the lexicon's words for its forms — added before the general lexicon's, a word
 * the template gives a role taking that role only — with its id, the header {@link #signature} it is matched on, where its weights sit and its scoring
 * model.
 *
 * @param signature       header texts that set the family apart (NFKC, no whitespace, brackets kept)
 * @param signatureAbsent header texts its forms never print (分值 on a form without scores)
 * @param placeholderRows names of printed rows that hold no indicator ({@code 指标1:}, {@code ……})
 * @param projectCode     a pattern whose two groups split the project name into code and name, or null
 * @param weights         where weights sit: {@code column}, {@code level1Points}, {@code column+level1Points} or
 *                        {@code none}
 * @param ownHeaderFields the header fields the template itself names (a form of it is expected to print them)
 * @param file            the file a user's template came from; null for a built-in one
 */
public record Template(String id, String name, String flavourOf, List<String> signature,
                       List<String> signatureAbsent, Lexicon lexicon, List<String> placeholderRows,
                       Pattern projectCode, String weights, Scoring scoring, Set<String> ownHeaderFields,
                       String file) {

    /** The file as written: the lexicon's keys and the template's own. */
    @JsonIgnoreProperties({"$schema", "description"})
    private record Data(String id, String name, String flavourOf, List<String> signature,
                        List<String> signatureAbsent, List<String> titles, Map<String, List<String>> headerFields,
                        List<String> blockLabels, Map<String, List<String>> fundingColumns,
                        Map<String, List<String>> fundingRows, Map<String, List<String>> goalColumns,
                        Map<String, List<String>> indicatorColumns, List<String> totalLabels,
                        List<String> placeholderRows, String projectCode, String weights, Scoring scoring) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads a template file; {@code file} names a user's file (null for a built-in one). */
    public static Template read(InputStream in, String file) throws IOException {
        Data d = JSON.readValue(in, Data.class);
        if (d.id() == null || d.id().isBlank() || d.signature() == null || d.signature().isEmpty()) {
            throw new IOException("a template needs an id and a non-empty signature");
        }
        Lexicon general = Lexicon.builtIn();
        Lexicon lexicon = new Lexicon(union(d.titles(), general.titles()),
                merge(d.headerFields(), general.headerFields()), union(d.blockLabels(), general.blockLabels()),
                merge(d.fundingColumns(), general.fundingColumns()), merge(d.fundingRows(), general.fundingRows()),
                merge(d.goalColumns(), general.goalColumns()),
                merge(d.indicatorColumns(), general.indicatorColumns()), union(d.totalLabels(), general.totalLabels()))
                .keyed();
        return new Template(d.id(), Objects.requireNonNullElse(d.name(), d.id()), d.flavourOf(),
                d.signature().stream().map(Template::signatureKey).toList(),
                or(d.signatureAbsent(), List.<String>of()).stream().map(Template::signatureKey).toList(), lexicon,
                or(d.placeholderRows(), List.<String>of()).stream().map(LabelKey::compact).toList(),
                d.projectCode() == null ? null : Pattern.compile(d.projectCode()),
                Objects.requireNonNullElse(d.weights(), "column"), d.scoring(),
                Set.copyOf(or(d.headerFields(), general.headerFields()).keySet()), file);
    }

    /** How a signature text and a cell's text are compared: NFKC, no whitespace, brackets kept. */
    static String signatureKey(String text) {
        return LabelKey.compact(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    /** The template's words, then the general lexicon's. */
    private static List<String> union(List<String> own, List<String> general) {
        Set<String> words = new LinkedHashSet<>(or(own, List.of()));
        words.addAll(general);
        return List.copyOf(words);
    }

    /**
     * The template's roles and words, then the general lexicon's words for each role, except words the template
     * gives another role (a word the template places takes its role only).
     */
    private static Map<String, List<String>> merge(Map<String, List<String>> own, Map<String, List<String>> general) {
        Map<String, List<String>> template = or(own, Map.of());
        Set<String> placed = new HashSet<>();
        template.values().forEach(words -> words.forEach(w -> placed.add(LabelKey.of(w))));
        Map<String, List<String>> merged = new LinkedHashMap<>();
        template.forEach((role, words) -> merged.put(role, new ArrayList<>(words)));
        general.forEach((role, words) -> {
            List<String> list = merged.computeIfAbsent(role, r -> new ArrayList<>());
            for (String w : words) {
                if (!placed.contains(LabelKey.of(w)) && !list.contains(w)) {
                    list.add(w);
                }
            }
        });
        return merged;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    /** What a form read with this template says of it. */
    public FormTemplate ref() {
        return new FormTemplate(id, file, scoring);
    }

    /** Whether a printed row name is one of the family's placeholder rows. */
    boolean isPlaceholder(String name) {
        return placeholderRows.contains(LabelKey.compact(name));
    }
}
