package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * A typed target or actual value. {@code number} keeps its printed scale; {@code unit} is normalised
 * (万元, %, 个, 小时 …, or a compound such as 个（套）); {@code text} holds a qualitative value or a date
 * as printed (after normalisation); {@code raw} is the text as read.
 */
public record Measure(String raw, MeasureKind kind, Comparator comparator, BigDecimal number, String unit,
                      String text) {

    @JsonIgnore
    public boolean isNumeric() {
        return kind == MeasureKind.NUMBER;
    }
}
