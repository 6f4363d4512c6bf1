package ziping.rules;

import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One document under audit: the profile, how printed figures read as intervals, and the findings rules add. */
public abstract class Audit {
    private final Profile profile;
    private final List<Finding> findings = new ArrayList<>();

    protected Audit(Profile profile) {
        this.profile = profile;
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

    /** A set value (分值, a target) as an exact point; null when the cell holds no number. */
    public Interval exact(Figure f) {
        return f != null && f.isNumber() ? Interval.exact(f.value()) : null;
    }

    protected void add(Finding finding) {
        findings.add(finding);
    }

    /**
     * Applies each rule in turn. A rule that fails on an input nobody foresaw adds an error finding saying so, and
     * the other rules still run: a document's findings are never lost to one rule.
     */
    public static <A extends Audit> void applyAll(List<? extends Rule<A>> rules, A audit) {
        for (Rule<A> rule : rules) {
            try {
                rule.apply(audit);
            } catch (RuntimeException e) {
                audit.add(new Finding(rule.id(), rule.check(), Severity.ERROR, null, null, null, null, null, null,
                        Message.of("rule.failed", rule.id(), e.toString()), null));
            }
        }
    }
}
