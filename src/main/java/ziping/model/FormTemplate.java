package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The template family a form was read with: its id ({@code SC-BM}) and the file it came from (null for a built-in
 * one), or family {@value #GENERAL} where no family fits the form closely and the general lexicon read it.
 */
public record FormTemplate(String family, String file, @JsonIgnore Scoring scoring) {
    public static final String GENERAL = "general";

    @JsonIgnore
    public boolean general() {
        return GENERAL.equals(family);
    }
}
