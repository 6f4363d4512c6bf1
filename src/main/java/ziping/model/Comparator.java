package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The relation a target states between the value to reach and the value reached. */
public enum Comparator {
    GE("≥"), LE("≤"), EQ("="), GT(">"), LT("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** Reverse indicators (costs, failure rates, response times): smaller is better. */
    public boolean isReverse() {
        return this == LE || this == LT;
    }

    public static Comparator fromSymbol(char c) {
        return switch (c) {
            case '≥', '⩾' -> GE;
            case '≤', '⩽' -> LE;
            case '=', '＝' -> EQ;
            case '>', '＞' -> GT;
            case '<', '＜' -> LT;
            default -> null;
        };
    }
}
