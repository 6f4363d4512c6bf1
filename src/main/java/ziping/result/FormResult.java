package ziping.result;

import ziping.model.Computed;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Skipped;

import ziping.parse.ParsedForm;

import java.util.List;

/**
 * A parsed form, what was recomputed, every finding (parse findings first, then rule findings), and the checks that
 * did not run because their inputs were read only in part ({@code skipped}; empty when the form was read cleanly).
 */
public record FormResult(Form form, Computed computed, List<Finding> findings, List<Skipped> skipped)
        implements DocumentResult {
    public static final String KIND = ParsedForm.KIND;

    public FormResult(Form form, Computed computed, List<Finding> findings) {
        this(form, computed, findings, List.of());
    }

    /** Whether every section a check reads was read cleanly. */
    public boolean complete() {
        return skipped.isEmpty();
    }

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
