package ziping.model.report;

/**
 * A numbered formula printed in the 行次 column, e.g. {@code (5)=(3)-(4)}: the row it defines, its two operand rows
 * and the operator ({@code -} or {@code /}).
 */
public record LineFormula(String raw, int result, int left, char operator, int right) {
}
