package ziping.read.text;

import java.util.List;

/**
 * The 一级 and 二级 indicator labels of the forms, to tell which of the two label columns a fragment of a wrapped label
 * belongs to where the printed positions cannot (产出指 / 标 is 一级; 时效指标, 可持续影 / 响指标 are 二级).
 */
final class LevelWords {
    private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
    private static final List<String> LEVEL2 = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标",
            "社会成本指标", "生态环境成本指标", "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标",
            "服务对象满意度指标", "满意度指标");

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

    /** Whether the word is a whole 一级 or 二级 label (产出指标, 质量指标). */
    static boolean isLabel(String word) {
        return LEVEL1.contains(word) || LEVEL2.contains(word);
    }

    /** Whether the word is the start of a 一级 or 二级 label, not the whole (产出指, 可持续影): a wrapped label's first line. */
    static boolean startsLabel(String word) {
        for (List<String> labels : List.of(LEVEL1, LEVEL2)) {
            for (String label : labels) {
                if (label.length() > word.length() && label.startsWith(word)) {
                    return true;
                }
            }
        }
        return false;
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
