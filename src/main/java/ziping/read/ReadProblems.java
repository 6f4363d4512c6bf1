package ziping.read;

import ziping.grid.GridRow;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Span;
import ziping.parse.ParseIssue;

import java.util.ArrayList;
import java.util.List;

/** The parse findings of one form read from a grid, each pointing at the grid row it is about. */
final class ReadProblems {
    private final List<Finding> findings = new ArrayList<>();

    void add(ParseIssue issue, Section section, Integer row, String label, String raw, Span span, Object... args) {
        addVariant(issue, null, section, row, label, raw, span, args);
    }

    /** A problem whose message has variants: key {@code parse.<id>.<variant>}. */
    void addVariant(ParseIssue issue, String variant, Section section, Integer row, String label, String raw,
                    Span span, Object... args) {
        findings.add(new Finding(issue.id(), Check.PARSE, issue.severity(), section, row, label, raw, null, null,
                Message.of(issue.messageKey(variant), args), span));
    }

    List<Finding> list() {
        return List.copyOf(findings);
    }

    static Span span(GridRow row) {
        return new Span(row.line(), row.line(), row.page());
    }
}
