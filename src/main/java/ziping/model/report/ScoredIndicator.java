package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Measure;
import ziping.model.Span;

/**
 * One 三级指标 row of the scoring table (附表1): name, 权重, 目标值, 业绩值, 评分结果 and the 评分标准 text (null when
 * the row prints none). A qualitative 业绩值 may be a description of the elements present, over several lines.
 */
public record ScoredIndicator(String name, Figure weight, Measure target, Measure actual, Figure score,
                              TextValue standard, Span span) {
}
