package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The part of a document a finding points at; {@code row} is 0-based within it. */
public enum Section {
    FUNDING, INDICATOR, TOTAL, HEADER, SPENDING, SCORING;

    /** The lower-case name, made once: ids are written for every finding and figure. */
    private final String id = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String id() {
        return id;
    }
}
