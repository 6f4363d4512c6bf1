package ziping.parse;

import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;

import java.util.ArrayList;
import java.util.List;

/** The parse findings of one form, in the order they were met. */
final class Problems {
    private final List<Finding> findings = new ArrayList<>();
    private final Spans spans;

    Problems(Spans spans) {
        this.spans = spans;
    }

    Spans spans() {
        return spans;
    }

    void add(ParseIssue issue, Section section, Integer row, String label, String raw, int firstLine, int lastLine,
             Object... args) {
        addVariant(issue, null, section, row, label, raw, firstLine, lastLine, args);
    }

    /** A problem whose message has variants: key {@code parse.<id>.<variant>}. */
    void addVariant(ParseIssue issue, String variant, Section section, Integer row, String label, String raw,
                    int firstLine, int lastLine, Object... args) {
        findings.add(new Finding(issue.id, Check.PARSE, issue.severity, section, row, label, raw, null, null,
                Message.of(issue.messageKey(variant), args), spans.of(firstLine, lastLine)));
    }

    List<Finding> list() {
        return List.copyOf(findings);
    }
}
