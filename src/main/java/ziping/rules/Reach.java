package ziping.rules;

/**
 * How a rule reads one of its input sections, which decides what a row read only in part stops (see
 * {@link PartialSections}).
 */
public enum Reach {
    /**
     * The section as a whole (sums, breakdowns, groups of rows): anything read only in part there stops the rule on
     * the form.
     */
    WHOLE,
    /**
     * Each row on its own: every finding the rule makes in the section is about one row and reads only that row's
     * cells. Rows in doubt are left out, the others are checked.
     */
    EACH_ROW,
    /**
     * Only the funding block's 年度资金总额 row, the findings standing on another section's rows (a scoring sheet's
     * 预算执行率 row): the rule is stopped only when that row is in doubt.
     */
    TOTAL_ROW,
    /**
     * Only the 分值 and 得分 of every row (the sums of weights and scores): rows whose text alone is in doubt (ZP007,
     * their numbers and the number of rows read for certain) do not stop the rule; any other doubt in the section stops
     * it on the whole form, as {@link #WHOLE} does.
     */
    NUMBERS,
    /**
     * Each row on its own, only its 分值 and 得分: rows whose text alone is in doubt (ZP007) and their neighbours are
     * checked; the rows next to any other doubt are left out, as {@link #EACH_ROW} leaves them.
     */
    ROW_NUMBERS,
    /**
     * Each indicator row on its own, its 实际完成值, 分值, 得分 and 偏差原因: a row whose empty reason the reader saw on the
     * line of its actual and numbers ({@code Indicator#reasonOnLine}) is checked where it and its neighbours have at
     * most their text in doubt (ZP007); any other row in doubt is left out, as {@link #EACH_ROW} leaves it.
     */
    REASON_ON_LINE,
    /**
     * Each indicator row on its own, its 指标值, 实际完成值, 分值 and 得分: a row the reader read those four from the
     * line that anchors it ({@code Indicator#valuesOnLine}) is checked where it and its neighbours have at most their
     * text in doubt (ZP007); any other row in doubt is left out, as {@link #EACH_ROW} leaves it.
     */
    VALUES_ON_LINE
}
