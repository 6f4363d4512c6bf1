package ziping.rules.form;

import ziping.rules.Interval;
import ziping.rules.Profile;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How far a qualitative indicator was achieved, and the band of its 分值 it may score (NOTES.md §3): 达成年度指标
 * 80–100 %, 部分达成并具有一定效果 60–80 %, 未达成且效果较差 0–60 % by default; a family's scoring model moves the
 * bounds (湖北 HB-20: 80–100 / 50–80 / 0–50 %, TEMPLATES.md §3) through the profile.
 */
enum QualitativeLevel {
    ACHIEVED("达成"), PARTIAL("部分达成"), NOT_ACHIEVED("未达成");

    private static final Set<String> ACHIEVED_VALUES =
            Set.of("是", "好", "达成", "合理", "健全", "有效", "合规", "完备", "规范", "明显", "完成", "满意", "优");
    private static final Set<String> PARTIAL_VALUES = Set.of("较好", "一般", "基本达成", "部分达成", "基本完成", "较明显");
    private static final Set<String> NOT_ACHIEVED_VALUES = Set.of("否", "差", "未达成", "未完成", "不合理");
    private static final String QUALITATIVE_PREFIX = "定性-";
    private static final String GOOD_OR_BAD = "好坏";

    private final String label;

    QualitativeLevel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The level of an actual value against its target; null when the actual is not a known value. */
    static QualitativeLevel of(String target, String actual) {
        String value = actual == null ? "" : actual.trim();
        if (ACHIEVED_VALUES.contains(value) || value.equals(positiveValue(target))) {
            return ACHIEVED;
        }
        if (PARTIAL_VALUES.contains(value)) {
            return PARTIAL;
        }
        return NOT_ACHIEVED_VALUES.contains(value) ? NOT_ACHIEVED : null;
    }

    /** The value a target asks for: 定性-好 and 好坏 ("good or bad") ask for 好. */
    static String positiveValue(String target) {
        String value = target == null ? "" : target.trim();
        if (value.startsWith(QUALITATIVE_PREFIX)) {
            value = value.substring(QUALITATIVE_PREFIX.length());
        }
        return value.equals(GOOD_OR_BAD) ? "好" : value;
    }

    /** The share of 分值 this level may score; the partial band ends where the achieved band starts. */
    Interval share(Profile profile) {
        return switch (this) {
            case ACHIEVED -> new Interval(profile.qualitativeMetFrom(), BigDecimal.ONE);
            case PARTIAL -> new Interval(profile.qualitativePartialFrom(), profile.qualitativeMetFrom());
            case NOT_ACHIEVED -> new Interval(BigDecimal.ZERO, profile.qualitativePartialFrom());
        };
    }
}
