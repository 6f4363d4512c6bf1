package ziping.parse.report;

import ziping.model.Finding;
import ziping.model.report.SelfEvalReport;
import ziping.parse.ParsedDocument;

import java.util.List;

/** A report as parsed, with the parse findings (values whose column is ambiguous, text that could not be placed). */
public record ParsedReport(SelfEvalReport report, List<Finding> problems) implements ParsedDocument {
    public static final String KIND = "selfeval_report";

    @Override
    public String kind() {
        return KIND;
    }
}
