package ziping.parse;

import ziping.model.Severity;

/** Problems the parser reports as findings of check {@code parse}. */
enum ParseIssue {
    /** A number cell holds text that is neither a number nor a placeholder. */
    UNREADABLE_CELL("ZP001", Severity.ERROR),
    /** A part of the form (funding total, indicator table, 总分 …) is not there. */
    MISSING_PART("ZP002", Severity.WARNING),
    /** Text in the indicator table that belongs to no row, or a row without a name. */
    STRAY_TEXT("ZP003", Severity.WARNING),
    /** Text after a deducted row could be its reason or the next row's name; it was read as the name. */
    AMBIGUOUS_REASON("ZP004", Severity.INFO),
    /** A table row has more or fewer cells than its columns. */
    CELL_COUNT("ZP005", Severity.ERROR);

    final String id;
    final Severity severity;

    ParseIssue(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    String messageKey() {
        return "parse." + id;
    }
}
