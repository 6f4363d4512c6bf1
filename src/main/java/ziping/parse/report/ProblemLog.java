package ziping.parse.report;

import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;

import java.util.ArrayList;
import java.util.List;

/** The parse findings of one report (Check PARSE), in the order they were met. */
final class ProblemLog {
    /** A row prints fewer values than the table has columns, and the text does not tell which column each is. */
    static final String AMBIGUOUS_COLUMNS = "ZP490";
    /** Values or text that could not be placed in any cell. */
    static final String UNPLACED = "ZP491";
    /** A part of the report that was not found. */
    static final String MISSING_PART = "ZP492";

    private final List<Finding> findings = new ArrayList<>();

    void add(String rule, Severity severity, Section section, Integer row, String label, String stated, Span span,
             Object... args) {
        findings.add(new Finding(rule, Check.PARSE, severity, section, row, label, stated, null, null,
                Message.of("rule." + rule, args), span));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
