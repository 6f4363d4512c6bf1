package ziping.parse;

import ziping.data.JsonObject;
import ziping.data.LexiconFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 一级 and 二级 indicator labels the forms print in their label columns (产出指标; 数量指标 …), as data: the
 * {@code indicatorLabels} entry of {@code ziping/lexicon.json}. The one list every reader takes them from: the old line
 * parser ({@link Labels}) and the text readers of {@code ziping.read.text}. It is loaded here rather than by
 * {@code ziping.read.Lexicon}, which reads the rest of that file, because reading sits above this package
 * ({@code ziping.read} imports {@code ziping.parse}, never the other way).
 */
public final class IndicatorLabels {
    private static final IndicatorLabels BUILT_IN = load();

    private final List<String> level1;
    /** Each 二级 label with its usual 一级 label, or null. */
    private final Map<String, String> parents;
    private final List<String> level2;

    private IndicatorLabels(List<String> level1, Map<String, String> parents) {
        this.level1 = List.copyOf(level1);
        this.parents = Collections.unmodifiableMap(new LinkedHashMap<>(parents));
        this.level2 = List.copyOf(parents.keySet());
    }

    /** The labels of the lexicon that ziping ships. */
    public static IndicatorLabels builtIn() {
        return BUILT_IN;
    }

    /** The 一级 labels, in the lexicon's order. */
    public List<String> level1() {
        return level1;
    }

    /** The 二级 labels, in the lexicon's order; 满意度指标 is one too (printed under the 一级 满意度指标). */
    public List<String> level2() {
        return level2;
    }

    /** The 一级 label the 二级 label usually stands under; null where it may stand under more than one, or is none. */
    public String parentOf(String level2Label) {
        return parents.get(level2Label);
    }

    /** Whether the text is a whole 一级 label. */
    public boolean isLevel1(String text) {
        return level1.contains(text);
    }

    private static IndicatorLabels load() {
        try {
            JsonObject labels = LexiconFile.json().object("indicatorLabels");
            return new IndicatorLabels(labels.strings("level1"), labels.nullableStrings("level2"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
