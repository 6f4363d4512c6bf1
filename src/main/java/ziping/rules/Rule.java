package ziping.rules;

import ziping.model.Check;

/** One check over a form. Each implementation states its id, its check family and its official basis. */
public interface Rule {
    /** Stable id, e.g. {@code ZP101}. */
    String id();

    Check check();

    void apply(FormAudit audit);
}
