package ziping.rules;

import ziping.result.FormResult;
import ziping.model.Computed;
import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.Scoring;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Skipped;
import ziping.parse.ParsedForm;
import ziping.rules.form.ExecutionFormula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule of the rule set over a parsed form and recomputes its figures. */
public final class Auditor {
    private static final int SCALE = 2;

    private final Profile profile;
    private final boolean profileFirst;
    private final List<Rule<FormAudit>> rules;
    /** Orders rule findings by rule (in {@link RuleSet} order), then by row. */
    private final Comparator<Finding> findingOrder;

    /** An auditor whose profile wins over the families' scoring models unless it is the default one. */
    public Auditor(Profile profile) {
        this(profile, !Profile.DEFAULT.equals(profile));
    }

    /**
     * @param profileFirst whether {@code profile} applies to every form; otherwise a form matched to a template
     *                     family is audited with the profile its family's scoring model sets ({@link FamilyProfile})
     */
    public Auditor(Profile profile, boolean profileFirst) {
        this.profile = profile;
        this.profileFirst = profileFirst;
        this.rules = RuleSet.formRules();
        List<String> order = rules.stream().map(Rule::id).toList();
        this.findingOrder = Comparator.comparingInt((Finding f) -> order.indexOf(f.rule()))
                .thenComparing(Finding::row, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private Profile profileOf(Form form) {
        Scoring scoring = form.template() == null ? null : form.template().scoring();
        return profileFirst || scoring == null ? profile : FamilyProfile.of(profile, scoring);
    }

    /**
     * The parse problems first, then the rule findings by rule (in {@link RuleSet} order), then by row. A rule whose
     * inputs include a section read only in part does not run, or, where it reads that section row by row, its
     * findings on the rows in doubt are left out ({@link PartialSections}); the result says so. A finding kept on an
     * indicator row in doubt names the row, not its name ({@link DoubtfulNames}).
     */
    public FormResult audit(ParsedForm parsed) {
        Form form = parsed.form();
        Profile formProfile = profileOf(form);
        FormAudit audit = new FormAudit(form, formProfile);
        PartialSections partial = PartialSections.of(form, parsed.problems());
        List<Rule<FormAudit>> runnable = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, Skipped> inPart = new HashMap<>();
        for (Rule<FormAudit> rule : rules) {
            Skipped skip = partial.skip(rule);
            if (skip == null || skip.inPart()) {
                runnable.add(rule);
            }
            if (skip != null) {
                skipped.add(skip);
            }
            if (skip != null && skip.inPart()) {
                inPart.put(rule.id(), skip);
            }
        }
        Audit.applyAll(runnable, audit);
        List<Finding> findings = new ArrayList<>(parsed.problems());
        List<Finding> ruleFindings = new ArrayList<>();
        for (Finding finding : audit.findings()) {
            if (!leftOut(finding, inPart.get(finding.rule()))) {
                ruleFindings.add(DoubtfulNames.of(finding, partial, form.indicators()));
            }
        }
        ruleFindings.sort(findingOrder);
        findings.addAll(ruleFindings);
        return new FormResult(form, compute(audit), findings, List.copyOf(skipped));
    }

    /**
     * Whether a finding stands on a row its rule had to leave out: a row in doubt of a section the rule reads row by
     * row (or no row of such a section, which a row-by-row rule does not report).
     */
    private static boolean leftOut(Finding finding, Skipped skip) {
        List<Integer> rows = skip == null ? null : skip.rows().get(finding.section());
        return rows != null && (finding.row() == null || rows.contains(finding.row()));
    }

    /**
     * Execution rate and score from the 年度资金总额 row's printed A, B and 分值 (or the family's fixed points) taken as
     * exact (scale 2, half up),
     * the total from the recomputed execution score and the stated indicator scores, and its grade.
     */
    Computed compute(FormAudit audit) {
        Form form = audit.form();
        Profile profile = audit.profile();
        FundingRow funding = form.fundingTotal();
        BigDecimal rate = null;
        BigDecimal executionScore = null;
        if (funding != null && isNumber(funding.budget()) && isNumber(funding.executed())) {
            Interval a = Interval.exact(funding.budget().value());
            Interval b = Interval.exact(funding.executed().value());
            rate = scaled(ExecutionFormula.rate(a, b));
            if (audit.executionPoints() != null) {
                executionScore = scaled(ExecutionFormula.score(a, b, audit.executionPoints(),
                        profile.capExecutionScore()));
            }
        }
        BigDecimal total = executionScore == null ? null : form.indicators().stream()
                .map(Indicator::score).filter(Auditor::isNumber).map(Figure::value)
                .reduce(executionScore, BigDecimal::add).setScale(SCALE, RoundingMode.HALF_UP);
        return new Computed(rate, executionScore, total, profile.gradeOf(total));
    }

    private static boolean isNumber(Figure f) {
        return f != null && f.isNumber();
    }

    private static BigDecimal scaled(Interval point) {
        return point == null ? null : point.lo().setScale(SCALE, RoundingMode.HALF_UP);
    }
}
