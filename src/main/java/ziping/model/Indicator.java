package ziping.model;

/** One row of the 绩效指标 table. {@code reason} is 偏差原因分析及改进措施, empty when none was written. */
public record Indicator(String level1, String level2, String name, Measure target, Measure actual,
                        Figure weight, Figure score, String reason, Span span) {
}
