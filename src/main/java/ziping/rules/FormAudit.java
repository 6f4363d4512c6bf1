package ziping.rules;

import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;


/** One form under audit: the form, the profile, and the findings the rules add. */
public final class FormAudit extends Audit {
    private final Form form;

    public FormAudit(Form form, Profile profile) {
        super(profile);
        this.form = form;
    }

    public Form form() {
        return form;
    }

    /** Starts a finding of the given rule. */
    public FindingBuilder report(Rule<FormAudit> rule, Severity severity, Section section, Integer row, Span span) {
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
            add(new Finding(rule, check, severity, section, row, label, stated, computed, formula,
                    Message.of(key, args), span));
        }
    }
}
