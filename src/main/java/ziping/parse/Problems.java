package ziping.parse;

import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Span;

import java.util.ArrayList;
import java.util.List;

/** The parse findings of one form, in the order they were met. */
final class Problems {
    private final List<Finding> findings = new ArrayList<>();
    private final Integer page;

    Problems(Integer page) {
        this.page = page;
    }

    void add(ParseIssue issue, Section section, Integer row, String label, String raw, int firstLine, int lastLine,
             Object... args) {
        findings.add(new Finding(issue.id, Check.PARSE, issue.severity, section, row, label, raw, null, null,
                Message.of(issue.messageKey(), args), new Span(firstLine, lastLine, page)));
    }

    List<Finding> list() {
        return List.copyOf(findings);
    }
}
