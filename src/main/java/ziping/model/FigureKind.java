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

    /** The lower-case name, made once: ids are written for every finding and figure. */
    private final String id = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String id() {
        return id;
    }
}
