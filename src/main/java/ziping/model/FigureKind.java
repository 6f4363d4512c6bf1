package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a numeric table cell holds. */
public enum FigureKind {
    /** A number as printed. */
    NUMBER,
    /** A placeholder for "not applicable": -, _, —, /. */
    NOT_APPLICABLE,
    /** Nothing printed. */
    EMPTY,
    /** Text that is neither a number nor a placeholder; reported as a parse finding. */
    UNREADABLE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
