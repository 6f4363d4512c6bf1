package ziping.rules;

import ziping.model.Check;
import ziping.model.Section;

import java.util.Set;

/**
 * One check over a document under audit ({@link FormAudit} for forms, {@code ReportAudit} for reports). Each
 * implementation states its id, its check family and its official basis.
 */
public interface Rule<A extends Audit> {
    /** Stable id, e.g. {@code ZP101}. */
    String id();

    Check check();

    /**
     * The sections of the document whose figures the rule reads. A rule does not run on a document where one of them
     * was read only in part (a parse finding), or, where it reads a section row by row ({@link #reach}), not on the
     * rows in doubt: a misread never becomes a finding.
     */
    default Set<Section> inputs() {
        return Set.of();
    }

    /**
     * How the rule reads one of its {@link #inputs()}: as a whole unless it says otherwise. A rule that judges each row
     * on its own cells is a {@link RowByRowRule} ({@link Reach#EACH_ROW}), so that a row read only in part stops it
     * on that row alone.
     */
    default Reach reach(Section section) {
        return Reach.WHOLE;
    }

    void apply(A audit);
}
