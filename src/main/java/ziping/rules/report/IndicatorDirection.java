package ziping.rules.report;

import ziping.model.Comparator;

import java.util.List;

/**
 * Whether smaller is better for an indicator: by its comparator when one is printed (≤, <), otherwise by its name
 * (发生率, 故障, 事故, 修复时间, 响应时间, 成本), except a name about the absence of failures (平均无故障运行时间).
 */
final class IndicatorDirection {
    private static final List<String> REVERSE_MARKS = List.of("发生率", "故障", "事故", "修复时间", "响应时间", "成本");
    private static final String ABSENCE = "无故障";

    private IndicatorDirection() {
    }

    static boolean isReverse(String name, Comparator printed) {
        if (printed != null) {
            return printed.isReverse();
        }
        return !name.contains(ABSENCE) && REVERSE_MARKS.stream().anyMatch(name::contains);
    }
}
