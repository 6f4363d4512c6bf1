package ziping.parse;

import java.util.List;

/** The fixed vocabulary of a form: indicator levels and vertical labels, longest first so matching is greedy. */
final class Labels {
    /** 一级指标. */
    static final List<String> LEVEL1 = List.of("满意度指标", "产出指标", "效益指标", "成本指标");
    /** 二级指标. */
    static final List<String> LEVEL2 = List.of("服务对象满意度指标", "生态环境成本指标", "可持续影响指标", "经济成本指标",
            "社会成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "数量指标", "质量指标", "时效指标", "成本指标");
    /** The first characters of all {@link #LEVEL1} and {@link #LEVEL2} labels, a quick test before matching them. */
    static final String LEVEL_STARTS = firstCharacters(LEVEL1) + firstCharacters(LEVEL2);
    /** Labels printed one character per line beside a block; not data. */
    static final List<String> VERTICAL_MARKERS = List.of("年度总体目标", "绩效指标", "续上页", "项目资金");
    static final String CONTINUATION = "续上页";
    static final String TITLE = "项目支出绩效自评表";

    private Labels() {
    }

    private static String firstCharacters(List<String> labels) {
        StringBuilder firsts = new StringBuilder();
        for (String label : labels) {
            firsts.append(label.charAt(0));
        }
        return firsts.toString();
    }
}
