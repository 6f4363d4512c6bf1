package ziping.read;

import ziping.data.JsonObject;
import ziping.data.LexiconFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the forms, as data ({@code ziping/lexicon.json}): titles, header fields, block labels, column headers
 * of the funding, goal and indicator blocks, funding row labels and total row labels, each role with its synonyms.
 * A cell's text is matched on its {@link LabelKey key}: the role whose synonym equals the key wins, else the role of
 * the longest synonym the key contains. The file's {@code indicatorLabels} (the 一级 and 二级 labels) are read by
 * {@link ziping.parse.IndicatorLabels}, below this layer, since the old line parser needs them too.
 */
public record Lexicon(List<String> titles, Map<String, List<String>> headerFields, List<String> blockLabels,
                      Map<String, List<String>> fundingColumns, Map<String, List<String>> fundingRows,
                      Map<String, List<String>> goalColumns, Map<String, List<String>> indicatorColumns,
                      List<String> totalLabels) {

    private static final Lexicon BUILT_IN = of(LexiconFile.json());

    public static Lexicon builtIn() {
        return BUILT_IN;
    }

    private static Lexicon of(JsonObject json) {
        try {
            return new Lexicon(json.strings("titles"), json.stringLists("headerFields"), json.strings("blockLabels"),
                    json.stringLists("fundingColumns"), json.stringLists("fundingRows"),
                    json.stringLists("goalColumns"), json.stringLists("indicatorColumns"),
                    json.strings("totalLabels")).keyed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same lexicon with every synonym turned into its key, so cells and synonyms compare alike. */
    Lexicon keyed() {
        return new Lexicon(keys(titles), keys(headerFields), keys(blockLabels), keys(fundingColumns),
                keys(fundingRows), keys(goalColumns), keys(indicatorColumns), keys(totalLabels));
    }

    private static List<String> keys(List<String> words) {
        return words.stream().map(LabelKey::of).toList();
    }

    private static Map<String, List<String>> keys(Map<String, List<String>> roles) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        roles.forEach((role, words) -> out.put(role, keys(words)));
        return out;
    }

    /** The shortest key that names a role by its start alone ({@link #roleStartedBy}). */
    private static final int SHORTEST_START = 3;

    /**
     * The one role among {@code roles} that has a synonym starting with {@code key}, for a label cut short where its
     * cell wrapped ({@code 当年财} of 当年财政拨款, {@code 其他资} of 其他资金); null where the key is shorter than
     * {@value #SHORTEST_START} characters or starts synonyms of no role or of two.
     */
    static String roleStartedBy(Map<String, List<String>> roles, String key) {
        if (key.length() < SHORTEST_START) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, List<String>> role : roles.entrySet()) {
            for (String word : role.getValue()) {
                if (word.startsWith(key)) {
                    if (found != null && !found.equals(role.getKey())) {
                        return null;
                    }
                    found = role.getKey();
                }
            }
        }
        return found;
    }

    /** The role among {@code roles} that a cell's key names, or null. */
    static String roleOf(Map<String, List<String>> roles, String key) {
        if (key.isEmpty()) {
            return null;
        }
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> role : roles.entrySet()) {
            for (String word : role.getValue()) {
                if (word.equals(key)) {
                    return role.getKey();
                }
                if (word.length() > bestLength && key.contains(word)) {
                    best = role.getKey();
                    bestLength = word.length();
                }
            }
        }
        return best;
    }

    /** The role one of whose words the key is, whole (not only holding it), or null. */
    static String exactRoleOf(Map<String, List<String>> roles, String key) {
        for (Map.Entry<String, List<String>> role : roles.entrySet()) {
            if (role.getValue().contains(key)) {
                return role.getKey();
            }
        }
        return null;
    }

    /** The first word among {@code roles}' that starts with the key (a word wrapped after it), or null. */
    static String wordStartingWith(Map<String, List<String>> roles, String key) {
        if (key.length() < 2) {
            return null;
        }
        for (List<String> words : roles.values()) {
            for (String word : words) {
                if (word.startsWith(key)) {
                    return word;
                }
            }
        }
        return null;
    }

    /** The roles among {@code roles} with a word that starts with the key (a word wrapped after it). */
    static Set<String> rolesStartingWith(Map<String, List<String>> roles, String key) {
        Set<String> out = new HashSet<>();
        if (key.length() < 2) {
            return out;
        }
        roles.forEach((role, words) -> {
            if (words.stream().anyMatch(word -> word.startsWith(key))) {
                out.add(role);
            }
        });
        return out;
    }

    /** Whether a key equals one of the words. */
    static boolean isOneOf(List<String> words, String key) {
        return !key.isEmpty() && words.contains(key);
    }

    /**
     * Whether a key is the tail of a block label, two characters or more ({@code 指标} of 绩效指标): what a vertical
     * label cut by a page break prints on the next page.
     */
    boolean isBlockLabelTail(String key) {
        if (key.length() < 2) {
            return false;
        }
        for (String label : blockLabels) {
            if (label.length() > key.length() && label.endsWith(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key begins a longer block label ({@code 绩效指} of 绩效指标). */
    boolean isBlockLabelHead(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (String label : blockLabels) {
            if (label.length() > key.length() && label.startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    boolean isBlockLabel(String key) {
        for (String label : blockLabels) {
            if (key.equals(label) || key.startsWith(label) && key.length() <= label.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** No title line is longer, white space aside. */
    static final int TITLE_MOST = 60;

    /** A title names a self-evaluation form: it contains one of the titles and is not a sentence. */
    boolean isTitle(String compactText) {
        if (compactText.length() > TITLE_MOST || compactText.indexOf('。') >= 0) {
            return false;
        }
        for (String title : titles) {
            if (compactText.contains(title)) {
                return true;
            }
        }
        return false;
    }

    boolean isTotalLabel(String key) {
        return isOneOf(totalLabels, key);
    }
}
