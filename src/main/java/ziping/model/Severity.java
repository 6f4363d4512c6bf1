package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name, made once: ids are written for every finding and figure. */
    private final String id = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String id() {
        return id;
    }

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
