package ziping.result;

import ziping.model.Finding;
import ziping.model.report.SelfEvalReport;

import ziping.parse.report.ParsedReport;

import java.util.List;

/** A parsed self-evaluation report and every finding (parse findings first, then rule findings). */
public record ReportResult(SelfEvalReport report, List<Finding> findings) implements DocumentResult {
    public static final String KIND = ParsedReport.KIND;

    /** A file holds one report, so it is always the first document. */
    @Override
    public int index() {
        return 1;
    }

    @Override
    public String project() {
        return report.project() == null ? null : report.project().text();
    }

    @Override
    public ReportResult withFindings(List<Finding> other) {
        return new ReportResult(report, other);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
