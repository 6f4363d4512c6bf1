package ziping.parse;

import ziping.model.Severity;

/**
 * Problems reading reports as findings of check {@code parse}. They are about ziping's reading, not about the form,
 * so none is error-level.
 */
public enum ParseIssue {
    /** A number cell holds text that is neither a number nor a placeholder. */
    UNREADABLE_CELL("ZP001", Severity.WARNING),
    /** A part of the form (funding total, indicator table, 总分 …) is not there. */
    MISSING_PART("ZP002", Severity.WARNING),
    /** Text in the indicator table that belongs to no row, or a row without a name. */
    STRAY_TEXT("ZP003", Severity.WARNING),
    /** Text after a deducted row could be its reason or the next row's name; it was read as the name. */
    AMBIGUOUS_REASON("ZP004", Severity.INFO),
    /** A table row has more or fewer cells than its columns. */
    CELL_COUNT("ZP005", Severity.WARNING),
    /**
     * A workbook formula whose value computed again shows otherwise than the value the file holds and shows (saved
     * without recalculation). The shown value is what was read, so nothing is damaged.
     */
    STALE_FORMULA("ZP006", Severity.WARNING),
    /**
     * An indicator row whose text cells (labels, name, target, actual, reason) the converter could not divide with
     * confidence, while its 分值 and 得分 and the number of rows were read for certain ({@code GridCell#TEXT_IN_DOUBT}).
     * It damages the row's text only: checks that read only the 分值 and 得分 of every row still run.
     */
    TEXT_IN_DOUBT("ZP007", Severity.WARNING),
    /**
     * An indicator row whose 偏差原因 cell holds text that is no reason (labels, column names: a neighbour's cell the
     * converter could not place; {@code GridCell#REASON_IN_DOUBT}). It damages the row's reason only: the checks that
     * read the reason leave the row out, every other check reads it.
     */
    REASON_IN_DOUBT("ZP008", Severity.WARNING);

    final String id;
    final Severity severity;

    /** The rule id, e.g. {@code ZP001}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /**
     * Whether the problem leaves its section not read with confidence, so that the checks whose inputs come from it
     * do not run: every problem but an ambiguity that was resolved and said so (ZP004) and a stale workbook formula
     * (ZP006), whose shown value was read as printed.
     */
    public boolean damages() {
        return this != AMBIGUOUS_REASON && this != STALE_FORMULA;
    }

    /** Whether a finding of this rule id damages its section (see {@link #damages()}). */
    public static boolean damages(String ruleId) {
        for (ParseIssue issue : values()) {
            if (issue.id.equals(ruleId)) {
                return issue.damages();
            }
        }
        return false;
    }

    /**
     * Whether a finding of this rule id leaves the numbers of its row (分值, 得分) and the number of rows read: only
     * ZP007 (see {@link #TEXT_IN_DOUBT}).
     */
    public static boolean keepsNumbers(String ruleId) {
        return TEXT_IN_DOUBT.id.equals(ruleId);
    }

    /** Whether a finding of this rule id puts only its row's reason in doubt: ZP008 (see {@link #REASON_IN_DOUBT}). */
    public static boolean onlyReason(String ruleId) {
        return REASON_IN_DOUBT.id.equals(ruleId);
    }

    ParseIssue(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String messageKey(String variant) {
        return "parse." + id + (variant == null ? "" : "." + variant);
    }
}
