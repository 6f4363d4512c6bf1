package ziping.model;

/**
 * One thing ziping reports about a document. {@code stated} is the value as printed; {@code computed} is the
 * value or interval ziping derived; {@code formula} names the formula with its inputs.
 */
public record Finding(String rule, Check check, Severity severity, Section section, Integer row, String label,
                      String stated, String computed, String formula, Message message, Span span) {
}
