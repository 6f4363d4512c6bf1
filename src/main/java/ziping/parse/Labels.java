package ziping.parse;

import java.util.Comparator;
import java.util.List;

/**
 * The fixed vocabulary of a form: indicator levels and vertical labels. The indicator levels are the lexicon's
 * ({@link IndicatorLabels}), ordered longest first so matching is greedy (labels of one length keep the lexicon's order).
 */
final class Labels {
    /** 一级指标, longest first. */
    static final List<String> LEVEL1 = longestFirst(IndicatorLabels.builtIn().level1());
    /**
     * 二级指标, longest first, without a 二级 label that repeats its 一级 (满意度指标): the seeds' template, which this
     * parser was written for, prints none, and this parser never took one for a 二级 label.
     */
    static final List<String> LEVEL2 = longestFirst(IndicatorLabels.builtIn().level2().stream()
            .filter(label -> !label.equals(IndicatorLabels.builtIn().parentOf(label))).toList());
    /** The first characters of all {@link #LEVEL1} and {@link #LEVEL2} labels, a quick test before matching them. */
    static final String LEVEL_STARTS = firstCharacters(LEVEL1) + firstCharacters(LEVEL2);
    /** Labels printed one character per line beside a block; not data. */
    static final List<String> VERTICAL_MARKERS = List.of("年度总体目标", "绩效指标", "续上页", "项目资金");
    static final String CONTINUATION = "续上页";
    static final String TITLE = "项目支出绩效自评表";

    private Labels() {
    }

    /** The labels ordered longest first, labels of one length in their given order. */
    static List<String> longestFirst(List<String> labels) {
        return labels.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static String firstCharacters(List<String> labels) {
        StringBuilder firsts = new StringBuilder();
        for (String label : labels) {
            firsts.append(label.charAt(0));
        }
        return firsts.toString();
    }
}
