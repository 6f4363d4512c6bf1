package ziping.model;

import java.util.Locale;

/** The part of a document a finding points at; {@code row} is 0-based within it. */
public enum Section {
    FUNDING, INDICATOR, TOTAL, HEADER, SPENDING, SCORING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
