package ziping.report;

import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Severity;
import ziping.model.Span;

/** The phrases every human-readable format shares, in the output language. */
final class ReportText {
    private ReportText() {
    }

    static String text(Lang lang, String key, Object... args) {
        return Messages.render(Message.of(key, args), lang);
    }

    /** The section and the row as a reader counts it, from 1 ({@code 指标 3}); empty without a section. */
    static String where(Finding f, Lang lang) {
        if (f.section() == null) {
            return "";
        }
        String section = text(lang, "report.section." + f.section().id());
        return f.row() == null ? section : section + " " + (f.row() + 1);
    }

    /**
     * The page for a PDF (where line numbers mean nothing to a reader), else the lines of the text file; empty
     * when unknown.
     */
    static String source(Span span, Lang lang) {
        if (span == null) {
            return "";
        }
        if (span.page() != null) {
            return text(lang, "report.page", span.page());
        }
        return span.firstLine() == span.lastLine() ? text(lang, "report.line", span.firstLine())
                : text(lang, "report.lines", span.firstLine(), span.lastLine());
    }

    /** A file's status, with the reason when it could not be read: {@code unreadable: empty file}. */
    static String status(FileResult r, Lang lang) {
        String status = text(lang, "report.status." + r.status().id());
        return r.error() == null ? status : status + ": " + Reasons.render(r.error(), lang);
    }

    /** The totals of a batch in one sentence. */
    static String summary(Summary s, Lang lang) {
        return text(lang, "report.summary", s.files(), s.count(FileStatus.OK), s.count(FileStatus.NO_FORM),
                s.count(FileStatus.UNREADABLE), s.documents(), s.findings(), s.count(Severity.ERROR),
                s.count(Severity.WARNING), s.count(Severity.INFO));
    }
}
