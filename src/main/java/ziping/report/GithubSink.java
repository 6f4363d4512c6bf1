package ziping.report;

import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.text.ControlChars;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::error file=a.txt,line=12,endLine=13,title=ZP101::…}
 * (a warning or an info is {@code ::warning} or {@code ::notice}), so findings show on the files of a pull request.
 * A PDF finding has no line (its lines are not the file's); an unreadable file is an error, a file without a form a
 * warning.
 */
public final class GithubSink implements ResultSink {
    private final OutputStream out;
    private final Lang lang;

    public GithubSink(OutputStream out, Lang lang) {
        this.out = out;
        this.lang = lang;
    }

    @Override
    public void begin() {
    }

    @Override
    public RenderedFile render(FileResult r) {
        StringBuilder text = new StringBuilder();
        if (r.status() != FileStatus.OK) {
            command(text, r.status() == FileStatus.UNREADABLE ? "error" : "warning", "file=" + property(r.path()),
                    ReportText.status(r, lang));
        }
        for (DocumentResult doc : r.forms()) {
            for (Finding f : doc.findings()) {
                StringBuilder where = new StringBuilder("file=").append(property(r.path()));
                Span span = f.span();
                if (span != null && span.page() == null) {
                    where.append(",line=").append(span.firstLine()).append(",endLine=").append(span.lastLine());
                }
                where.append(",title=").append(property(f.rule()));
                command(text, level(f.severity()), where.toString(), FormulaText.message(f, lang));
            }
        }
        return new RenderedFile(r, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(RenderedFile file) throws IOException {
        out.write(file.bytes());
        out.flush();
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static void command(StringBuilder text, String level, String properties, String message) {
        text.append("::").append(level).append(' ').append(properties).append("::").append(data(message)).append('\n');
    }

    /** GitHub's escaping of a command's message; other control characters are shown escaped, not sent to the log. */
    static String data(String s) {
        return ControlChars.printableLines(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a property value, which also may not hold {@code :} or {@code ,}. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
