package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
