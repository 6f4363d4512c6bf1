package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What an indicator's target (年度指标值) or actual (实际完成值) cell holds. */
public enum MeasureKind {
    /** A number with an optional comparator and unit: ≥98%, ≤27.5万元, 11, =7个（套）. */
    NUMBER,
    /** A qualitative value: 是, 好, 好坏, 定性-好, 合理, 明显. */
    QUALITATIVE,
    /** A date or month: 2024年5月, 12月24日, 2025年4月. */
    DATE,
    /** Marked as not done: /. */
    NOT_DONE,
    /** Nothing printed. */
    EMPTY;

    /** The lower-case name, made once: ids are written for every finding and figure. */
    private final String id = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String id() {
        return id;
    }
}
