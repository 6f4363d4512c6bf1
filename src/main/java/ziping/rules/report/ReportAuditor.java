package ziping.rules.report;

import ziping.result.ReportResult;
import ziping.model.Finding;
import ziping.parse.report.ParsedReport;
import ziping.rules.Audit;
import ziping.rules.Profile;
import ziping.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/** Runs every report rule over a parsed report; the result lists the parse findings first, then the rules'. */
public final class ReportAuditor {
    private static final List<Rule<ReportAudit>> RULES = List.of(new FundingFormulaRule(), new LineItemSumRule(),
            new SpendingMatchesFundingRule(), new SubtotalWeightRule(), new GroupWeightRule(), new TotalWeightRule(),
            new TotalScoreRule(), new ProseTotalRule(), new GradeRule(), new StandardScoreRule(),
            new DefaultScoreRule(), new NameConflictRule());

    private final Profile profile;

    public ReportAuditor(Profile profile) {
        this.profile = profile;
    }

    /** The rules run over every report, in the order they run. */
    public static List<Rule<ReportAudit>> rules() {
        return RULES;
    }

    public ReportResult audit(ParsedReport parsed) {
        ReportAudit audit = new ReportAudit(parsed.report(), profile);
        Audit.applyAll(RULES, audit);
        List<Finding> findings = new ArrayList<>(parsed.problems());
        findings.addAll(audit.findings());
        return new ReportResult(parsed.report(), List.copyOf(findings));
    }
}
