package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The part of a document a finding points at; {@code row} is 0-based within it. */
public enum Section {
    FUNDING, INDICATOR, TOTAL, HEADER, SPENDING, SCORING;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
