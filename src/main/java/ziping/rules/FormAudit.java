package ziping.rules;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One form under audit: the form, the profile, and the findings the rules add. */
public final class FormAudit {
    private final Form form;
    private final Profile profile;
    private final List<Finding> findings = new ArrayList<>();

    public FormAudit(Form form, Profile profile) {
        this.form = form;
        this.profile = profile;
    }

    public Form form() {
        return form;
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

    /** A set value (a 分值 or a target) stands for itself, not for a rounding interval; null when not a number. */
    public Interval exact(Figure f) {
        return f != null && f.isNumber() ? Interval.exact(f.value()) : null;
    }

    /** Starts a finding of the given rule. */
    public FindingBuilder report(Rule rule, Severity severity, Section section, Integer row, Span span) {
        return new FindingBuilder(rule.id(), rule.check(), severity, section, row, span);
    }

    /** Collects the optional parts of a finding, then adds it with {@link #message}. */
    public final class FindingBuilder {
        private final String rule;
        private final Check check;
        private final Severity severity;
        private final Section section;
        private final Integer row;
        private final Span span;
        private String label;
        private String stated;
        private String computed;
        private String formula;

        private FindingBuilder(String rule, Check check, Severity severity, Section section, Integer row, Span span) {
            this.rule = rule;
            this.check = check;
            this.severity = severity;
            this.section = section;
            this.row = row;
            this.span = span;
        }

        public FindingBuilder label(String v) {
            label = v;
            return this;
        }

        public FindingBuilder stated(String v) {
            stated = v;
            return this;
        }

        public FindingBuilder computed(String v) {
            computed = v;
            return this;
        }

        public FindingBuilder formula(String v) {
            formula = v;
            return this;
        }

        public void message(String key, Object... args) {
            findings.add(new Finding(rule, check, severity, section, row, label, stated, computed, formula,
                    Message.of(key, args), span));
        }
    }
}
