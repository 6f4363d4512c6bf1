package ziping.rules;

import ziping.model.Check;

/**
 * One check over a document under audit ({@link FormAudit} for forms, {@code ReportAudit} for reports). Each
 * implementation states its id, its check family and its official basis.
 */
public interface Rule<A extends Audit> {
    /** Stable id, e.g. {@code ZP101}. */
    String id();

    Check check();

    void apply(A audit);
}
