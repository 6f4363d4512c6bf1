package ziping.read;

import ziping.data.JsonObject;
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

    /** The keys a template file may hold: the lexicon's and the template's own. */
    private static final Set<String> KEYS = Set.of("$schema", "description", "id", "name", "flavourOf", "signature",
            "signatureAbsent", "titles", "headerFields", "blockLabels", "fundingColumns", "fundingRows", "goalColumns",
            "indicatorColumns", "totalLabels", "placeholderRows", "projectCode", "weights", "scoring");

    /** Reads a template file; {@code file} names a user's file (null for a built-in one). */
    public static Template read(InputStream in, String file) throws IOException {
        JsonObject d = JsonObject.read(in).withOnly(KEYS);
        String id = d.string("id");
        List<String> signature = d.strings("signature");
        if (id == null || id.isBlank() || signature == null || signature.isEmpty()) {
            throw new IOException("a template needs an id and a non-empty signature");
        }
        Lexicon general = Lexicon.builtIn();
        Map<String, List<String>> headerFields = d.stringLists("headerFields");
        Lexicon lexicon = new Lexicon(union(d.strings("titles"), general.titles()),
                merge(headerFields, general.headerFields()), union(d.strings("blockLabels"), general.blockLabels()),
                merge(d.stringLists("fundingColumns"), general.fundingColumns()),
                merge(d.stringLists("fundingRows"), general.fundingRows()),
                merge(d.stringLists("goalColumns"), general.goalColumns()),
                merge(d.stringLists("indicatorColumns"), general.indicatorColumns()),
                union(d.strings("totalLabels"), general.totalLabels()))
                .keyed();
        String projectCode = d.string("projectCode");
        return new Template(id, Objects.requireNonNullElse(d.string("name"), id), d.string("flavourOf"),
                signature.stream().map(Template::signatureKey).toList(),
                or(d.strings("signatureAbsent"), List.<String>of()).stream().map(Template::signatureKey).toList(),
                lexicon, or(d.strings("placeholderRows"), List.<String>of()).stream().map(LabelKey::compact).toList(),
                projectCode == null ? null : Pattern.compile(projectCode),
                Objects.requireNonNullElse(d.string("weights"), "column"), ScoringFile.read(d.object("scoring")),
                Set.copyOf(or(headerFields, general.headerFields()).keySet()), file);
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
