package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The family a rule belongs to; stable ids used in JSON and CSV. */
public enum Check {
    EXECUTION_RATE, EXECUTION_SCORE, INDICATOR_SCORE, SCORE_RANGE, WEIGHT_SUM, TOTAL_SCORE, FUNDING_BREAKDOWN,
    MISSING_REASON, MET_BUT_DEDUCTED, UNIT_MISMATCH, COST_VS_EXECUTION, TARGET_TOO_LOW, GRADE, PARSE,
    /** Report tables (seed 002): numbered formulas, line-item sums and names used with two meanings. */
    REPORT_FORMULA, LINE_ITEM_SUM, NAME_CONFLICT;

    /** The lower-case name, made once: ids are written for every finding and figure. */
    private final String id = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String id() {
        return id;
    }
}
