package ziping.rules;

import java.math.BigDecimal;

import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Scoring;
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

    /** The scoring model of the form's template family; null for a form read with the general lexicon or from text. */
    public Scoring scoring() {
        return form.template() == null ? null : form.template().scoring();
    }

    /**
     * The execution score's points: the 年度资金总额 row's 分值 cell, else the points the form's family fixes
     * ({@code pointsFrom: fixed}, HB-20: 20); null where neither.
     */
    public BigDecimal executionPoints() {
        FundingRow total = form.fundingTotal();
        if (total != null && total.weight() != null && total.weight().isNumber()) {
            return total.weight().value();
        }
        Scoring scoring = scoring();
        boolean fixed = scoring != null && scoring.execution() != null
                && "fixed".equals(scoring.execution().pointsFrom());
        return fixed ? scoring.execution().points() : null;
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
