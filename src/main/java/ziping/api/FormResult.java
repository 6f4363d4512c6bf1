package ziping.api;

import ziping.model.Computed;
import ziping.model.Finding;
import ziping.model.Form;

import ziping.parse.ParsedForm;

import java.util.List;

/** A parsed form, what was recomputed, and every finding (parse findings first, then rule findings). */
public record FormResult(Form form, Computed computed, List<Finding> findings) implements DocumentResult {
    public static final String KIND = ParsedForm.KIND;

    @Override
    public int index() {
        return form.index();
    }

    @Override
    public String project() {
        return form.project();
    }

    @Override
    public FormResult withFindings(List<Finding> other) {
        return new FormResult(form, computed, other);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
