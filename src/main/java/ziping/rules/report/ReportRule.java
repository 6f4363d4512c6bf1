package ziping.rules.report;

import ziping.model.Check;

/** One check over a self-evaluation report; each implementation states its id, check family and official basis. */
public interface ReportRule {
    /** Stable id, e.g. {@code ZP401}. */
    String id();

    Check check();

    void apply(ReportAudit audit);
}
