package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * A numeric cell: its raw text, its value with the printed scale kept ({@code 10.00} stays scale 2),
 * and a unit when one was printed with it ({@code %}).
 */
public record Figure(String raw, BigDecimal value, String unit, FigureKind kind) {

    public static Figure number(String raw, BigDecimal value, String unit) {
        return new Figure(raw, value, unit, FigureKind.NUMBER);
    }

    public static Figure of(String raw, FigureKind kind) {
        return new Figure(raw, null, null, kind);
    }

    @JsonIgnore
    public boolean isNumber() {
        return kind == FigureKind.NUMBER;
    }
}
