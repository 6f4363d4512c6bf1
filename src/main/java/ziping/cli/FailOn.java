package ziping.cli;

import ziping.model.Severity;

/** {@code --fail-on}: the lowest severity that makes the exit code 1, or never. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity severity;

    FailOn(Severity severity) {
        this.severity = severity;
    }

    /** Null for {@link #NEVER}. */
    Severity severity() {
        return severity;
    }
}
