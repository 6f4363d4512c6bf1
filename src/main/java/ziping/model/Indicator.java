package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One row of the 绩效指标 table. {@code reason} is 偏差原因分析及改进措施, empty when none was written, null where the
 * table has no such column. Where the family
 * prints them: {@code method} the 得分计算方法 / 评价标准 text, {@code singleScore} the 单项指标得分 of a form that
 * scores each row out of 100 and converts it (its {@code score} is then the 折算得分 and {@code weight} the 权重占比),
 * {@code level1Points} the points printed on the row's 一级指标 label ({@code 产出指标(50分)}) and {@code goalBlock}
 * the goal block it stands in ({@code 年度绩效目标1(40分)}); null where not printed. {@code reasonOnLine}: the reader
 * saw the empty reason cell printed on the one line that holds the row's actual, 分值 and 得分, so those four cells are
 * read for sure even where the row's other text, or a neighbour's, is in doubt (ZP007); a missing-reason check may
 * then run on the row. {@code valuesOnLine}: the row's target, actual, 分值 and 得分 were read from the one line that
 * anchors the row, one cell each, so they are sure in the same way; a check of the score may then run on the row.
 * Both are how the row was read, not what the form says: not written in the result JSON.
 */
public record Indicator(String level1, String level2, String name, Measure target, Measure actual,
                        Figure weight, Figure score, String reason, Span span, String method, Figure singleScore,
                        Figure level1Points, String goalBlock, @JsonIgnore boolean reasonOnLine,
                        @JsonIgnore boolean valuesOnLine) {

    public Indicator(String level1, String level2, String name, Measure target, Measure actual, Figure weight,
                     Figure score, String reason, Span span, String method, Figure singleScore, Figure level1Points,
                     String goalBlock) {
        this(level1, level2, name, target, actual, weight, score, reason, span, method, singleScore, level1Points,
                goalBlock, false, false);
    }

    public Indicator(String level1, String level2, String name, Measure target, Measure actual, Figure weight,
                     Figure score, String reason, Span span) {
        this(level1, level2, name, target, actual, weight, score, reason, span, null, null, null, null);
    }
}
