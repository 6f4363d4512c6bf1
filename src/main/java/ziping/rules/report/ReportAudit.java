package ziping.rules.report;

import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.ScoringGroup;
import ziping.model.report.SelfEvalReport;
import ziping.rules.Audit;
import ziping.rules.Interval;
import ziping.rules.Profile;
import ziping.rules.Rule;

import java.util.List;

/**
 * One report under audit: the report, the profile, and the findings the rules add. The report counterpart of
 * {@link ziping.rules.FormAudit}, which is bound to a form.
 */
public final class ReportAudit extends Audit {
    /** Decimals shown for a computed interval. */
    static final int SHOWN_SCALE = 4;

    private final SelfEvalReport report;

    public ReportAudit(SelfEvalReport report, Profile profile) {
        super(profile);
        this.report = report;
    }

    public SelfEvalReport report() {
        return report;
    }

    /** The rows of the scoring table (附表1), in order; none when the report has no scoring table. */
    public List<ScoredIndicator> scoredIndicators() {
        return report.scoring() == null ? List.of() : report.scoring().indicators();
    }

    /** The 一级指标 groups of the scoring table; none when the report has no scoring table. */
    public List<ScoringGroup> scoringGroups() {
        return report.scoring() == null ? List.of() : report.scoring().groups();
    }

    /** Whether a stated figure is consistent with a computed interval: its own printed interval meets it. */
    public boolean agrees(Figure stated, Interval computed) {
        return printed(stated).meets(computed);
    }

    /**
     * Adds a finding: {@code stated} as printed, {@code computed} shown as an interval, the formula with its inputs,
     * and the message {@code rule.<id>} with its arguments.
     */
    public void report(Rule<ReportAudit> rule, Severity severity, Section section, Integer row, Span span, String label,
                       String stated, Interval computed, String formula, Object... args) {
        add(new Finding(rule.id(), rule.check(), severity, section, row, label, stated,
                computed.format(SHOWN_SCALE), formula, Message.of("rule." + rule.id(), args), span));
    }
}
