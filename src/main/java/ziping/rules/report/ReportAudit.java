package ziping.rules.report;

import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.model.report.SelfEvalReport;
import ziping.rules.Interval;
import ziping.rules.Profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One report under audit: the report, the profile, and the findings the rules add. The report counterpart of
 * {@link ziping.rules.FormAudit}, which is bound to a form.
 */
public final class ReportAudit {
    /** Decimals shown for a computed interval. */
    static final int SHOWN_SCALE = 4;

    private final SelfEvalReport report;
    private final Profile profile;
    private final List<Finding> findings = new ArrayList<>();

    public ReportAudit(SelfEvalReport report, Profile profile) {
        this.report = report;
        this.profile = profile;
    }

    public SelfEvalReport report() {
        return report;
    }

    public Profile profile() {
        return profile;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The exact values a printed figure stands for; null when the cell holds no number. */
    public Interval printed(Figure f) {
        return f != null && f.isNumber() ? Interval.printed(f.value(), profile.rounding()) : null;
    }

    public Interval printed(BigDecimal v) {
        return v == null ? null : Interval.printed(v, profile.rounding());
    }

    /** Whether a stated figure is consistent with a computed interval: its own printed interval meets it. */
    public boolean agrees(Figure stated, Interval computed) {
        return printed(stated).meets(computed);
    }

    /**
     * Adds a finding: {@code stated} as printed, {@code computed} shown as an interval, the formula with its inputs,
     * and the message {@code rule.<id>} with its arguments.
     */
    public void report(ReportRule rule, Severity severity, Section section, Integer row, Span span, String label,
                       String stated, Interval computed, String formula, Object... args) {
        findings.add(new Finding(rule.id(), rule.check(), severity, section, row, label, stated,
                computed.format(SHOWN_SCALE), formula, Message.of("rule." + rule.id(), args), span));
    }
}
