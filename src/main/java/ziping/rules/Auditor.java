package ziping.rules;

import ziping.api.FormResult;
import ziping.parse.ParsedForm;

/** Runs every rule of the rule set over a parsed form and recomputes its figures. */
public final class Auditor {
    private final Profile profile;

    public Auditor(Profile profile) {
        this.profile = profile;
    }

    public FormResult audit(ParsedForm parsed) {
        throw new UnsupportedOperationException("not yet");
    }
}
