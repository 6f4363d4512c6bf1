package ziping.report;

import static ziping.text.ControlChars.printable;

import ziping.text.DisplayWidth;
import ziping.api.DocumentResult;
import ziping.api.FileResult;
import ziping.api.FileStatus;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Severity;
import ziping.model.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A readable report for a terminal: per file its status, per form its findings in columns aligned by display
 * width (a Chinese character takes two columns; long labels are cut), then a summary line.
 */
public final class TableSink implements ResultSink {
    private static final String[] HEADINGS = {"severity", "rule", "where", "label", "stated", "computed", "lines",
            "message"};
    private static final String GAP = "  ";
    /** Labels (indicator names) can run to a paragraph; the message repeats them in full. */
    private static final int MAX_LABEL_WIDTH = 30;

    private final OutputStream out;
    private final Charset charset;
    private final Lang lang;
    private final Summary summary = new Summary();

    public TableSink(OutputStream out, Charset charset, Lang lang) {
        this.out = out;
        this.charset = charset;
        this.lang = lang;
    }

    @Override
    public void begin() {
    }

    @Override
    public RenderedFile render(FileResult r) {
        StringWriter text = new StringWriter();
        PrintWriter lines = new PrintWriter(text);
        String status = text("report.status." + r.status().id());
        lines.println(printable(r.path()) + GAP + "[" + status + "]"
                + (r.error() == null ? "" : GAP + printable(r.error())));
        for (DocumentResult doc : r.forms()) {
            lines.println(GAP + text("report.document", doc.index(), title(doc)));
            printFindings(lines, doc.findings());
        }
        lines.println();
        return new RenderedFile(r, text.toString().getBytes(charset));
    }

    @Override
    public void write(RenderedFile file) throws IOException {
        summary.add(file.result());
        out.write(file.bytes());
        out.flush();
    }

    @Override
    public void end() throws IOException {
        String line = text("report.summary", summary.files(), summary.count(FileStatus.OK),
                summary.count(FileStatus.NO_FORM), summary.count(FileStatus.UNREADABLE), summary.documents(),
                summary.findings(), summary.count(Severity.ERROR), summary.count(Severity.WARNING),
                summary.count(Severity.INFO));
        out.write((line + System.lineSeparator()).getBytes(charset));
        out.flush();
    }

    private void printFindings(PrintWriter out, List<Finding> findings) {
        if (findings.isEmpty()) {
            out.println(GAP + GAP + text("report.no_findings"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        String[] headings = new String[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            headings[i] = text("report.column." + HEADINGS[i]);
        }
        rows.add(headings);
        findings.stream().map(this::cells).forEach(rows::add);
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(GAP + GAP);
            for (int i = 0; i < row.length - 1; i++) {
                line.append(DisplayWidth.pad(row[i], widths[i])).append(GAP);
            }
            out.println(line.append(row[row.length - 1]).toString().stripTrailing());
        }
    }

    private String[] cells(Finding f) {
        String where = (f.section() == null ? "" : f.section().id()) + (f.row() == null ? "" : "[" + f.row() + "]");
        return new String[]{text("report.severity." + f.severity().id()), f.rule(), where,
                DisplayWidth.truncate(printable(orEmpty(f.label())), MAX_LABEL_WIDTH),
                printable(orEmpty(f.stated())), printable(orEmpty(f.computed())), lines(f.span()),
                printable(Messages.render(f.message(), lang))};
    }

    private static String title(DocumentResult doc) {
        return printable(orEmpty(doc.project()));
    }

    private static String lines(Span span) {
        if (span == null) {
            return "";
        }
        String lines = span.firstLine() == span.lastLine() ? String.valueOf(span.firstLine())
                : span.firstLine() + "-" + span.lastLine();
        return span.page() == null ? lines : lines + " p" + span.page();
    }

    private static String orEmpty(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    private String text(String key, Object... args) {
        return Messages.render(Message.of(key, args), lang);
    }
}
