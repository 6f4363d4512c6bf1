package ziping.model;

import java.math.BigDecimal;

/** What ziping recomputed for a form; a field is null when its inputs were not printed. */
public record Computed(BigDecimal executionRate, BigDecimal executionScore, BigDecimal total, String grade) {
}
