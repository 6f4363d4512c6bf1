package ziping.read.text;

import ziping.parse.IndicatorLabels;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 一级 and 二级 indicator labels of the forms, to tell which of the two label columns a fragment of a wrapped label
 * belongs to where the printed positions cannot (产出指 / 标 is 一级; 时效指标, 可持续影 / 响指标 are 二级).
 */
final class LevelWords {
    /** The lexicon's labels ({@link IndicatorLabels}). */
    private static final IndicatorLabels LABELS = IndicatorLabels.builtIn();
    private static final List<String> LEVEL1 = LABELS.level1();
    /** All 二级 labels, 满意度指标 too: a 二级 cell may hold it, so it is no {@link #isLevel1Only} label. */
    private static final List<String> LEVEL2 = LABELS.level2();

    /** The fewest characters of a label's beginning that is mended into the whole label. */
    private static final int MENDED_BEGINNING = 3;

    private LevelWords() {
    }

    /**
     * Whether a word may stand in a label column of that level: a 一级 column holds no part of a 二级 label only, a
     * 二级 column no part of a 一级 label only.
     */
    static boolean fits(String word, int level) {
        boolean one = partOf(word, LEVEL1);
        boolean two = partOf(word, LEVEL2);
        return one == two || (level == 1 ? one : two);
    }

    /**
     * The level whose labels alone begin with the word: 1 ({@code 产出指}, {@code 效益指标}), 2 ({@code 质量指标},
     * {@code 可持续影}), else 0 (a word both levels' labels begin with, {@code 成本指标}, {@code 满意度指}, or none).
     */
    static int onlyOf(String word) {
        boolean one = begins(word, LEVEL1);
        boolean two = begins(word, LEVEL2);
        return one == two ? 0 : one ? 1 : 2;
    }

    private static boolean begins(String word, List<String> labels) {
        for (String label : labels) {
            if (label.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The 一级 label a 二级 label stands under (产出指标 for 质量指标), where the lexicon names one; null where it may stand
     * under more than one, and for a label that is a 一级 label too (成本指标, 满意度指标): its text does not tell which
     * column it was read from.
     */
    static String level1Of(String level2) {
        return LABELS.isLevel1(level2) ? null : LABELS.parentOf(level2);
    }

    /** Whether the word is a whole 一级 label that no 二级 cell holds (产出指标, 效益指标; not 成本指标). */
    static boolean isLevel1Only(String word) {
        return LEVEL1.contains(word) && !LEVEL2.contains(word);
    }

    /** Whether the word is a whole 二级 label and no 一级 label (社会效益指标, 经济成本指标; not 成本指标). */
    static boolean isLevel2Only(String word) {
        return LEVEL2.contains(word) && !LEVEL1.contains(word);
    }

    /** Whether the word is a whole 一级 label (效益指标, 成本指标). */
    static boolean isLevel1(String word) {
        return LEVEL1.contains(word);
    }

    /** Whether the word is a whole 一级 or 二级 label (产出指标, 质量指标). */
    static boolean isLabel(String word) {
        return LEVEL1.contains(word) || LEVEL2.contains(word);
    }

    /** Whether the word stands somewhere in a 一级 or 二级 label ({@code 经济成本}, {@code 指标}, {@code 满意}). */
    static boolean isPartOfLabel(String word) {
        return partOf(word, LEVEL1) || partOf(word, LEVEL2);
    }

    /** Whether the text begins a 一级 or 二级 label ({@code 产出指}, {@code 效益指标}). */
    static boolean beginsLabel(String text) {
        return begins(text, LEVEL1) || begins(text, LEVEL2);
    }

    /**
     * A label's text mended where its wrapped end went astray: the beginning of one known label only (of at least
     * {@link #MENDED_BEGINNING} characters) is that label ({@code 产出指} whose 标 stood in the other label column,
     * {@code 可持续影} whose 响指标 was lost), {@code 标满意度指标} that took the end of the label above is 满意度指标;
     * other text as it is.
     */
    static String mended(String text) {
        if (isLabel(text)) {
            return text;
        }
        Set<String> completions = new HashSet<>();
        for (List<String> labels : List.of(LEVEL1, LEVEL2)) {
            for (String label : labels) {
                if (label.startsWith(text)) {
                    completions.add(label);
                }
            }
        }
        if (completions.size() == 1 && text.length() >= MENDED_BEGINNING) {
            return completions.iterator().next();
        }
        for (String end : List.of("标", "指标")) {
            if (text.startsWith(end) && isLabel(text.substring(end.length()))) {
                return text.substring(end.length());
            }
        }
        return text;
    }

    /** Whether the word is the wrapped end of a label and nothing else ({@code 标}, {@code 指标}, {@code 响指标}). */
    static boolean isLabelEnd(String word) {
        return word.equals("标") || word.length() <= 3 && word.endsWith("指标");
    }

    /** Whether the word is the start of a 一级 or 二级 label, not the whole (产出指, 可持续影): a wrapped label's first line. */
    static boolean startsLabel(String word) {
        return beginsLabel(word) && !isLabel(word);    // no label begins another
    }

    private static boolean partOf(String word, List<String> labels) {
        for (String label : labels) {
            if (label.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
