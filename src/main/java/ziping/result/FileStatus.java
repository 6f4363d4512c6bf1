package ziping.result;

import java.util.Locale;

/** What happened to one input file. */
public enum FileStatus {
    /** Read, and at least one document found. */
    OK,
    /** Read, but no form or report in it. */
    NO_FORM,
    /** Could not be read at all (corrupt, encrypted, image-only, binary, over budget …); see the error. */
    UNREADABLE;

    /** The lower-case name, made once: ids are written for every finding and figure. */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
