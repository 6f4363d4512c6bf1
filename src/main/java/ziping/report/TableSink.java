package ziping.report;

import static ziping.text.ControlChars.printable;

import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.text.DisplayWidth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A readable report for a terminal: per file its status, per form its findings in columns aligned by display
 * width (a Chinese character takes two columns). The message column takes the room the terminal has left and wraps
 * within it; rows are numbered from 1 as on the form; a finding in a PDF names its page. Files without findings
 * are left out unless {@link SinkOptions#showClean()}; the end gives the totals and the count of each rule.
 */
public final class TableSink implements ResultSink {
    private static final String[] HEADINGS = {"severity", "rule", "where", "label", "stated", "computed", "source",
            "message"};
    private static final String GAP = "  ";
    private static final String INDENT = GAP + GAP;
    /** The narrowest each cut column may get when the terminal is narrow, and the widest it gets at all. */
    private static final int MIN_CUT = 8;
    private static final int[] MAX_WIDTH = {0, 0, 0, 24, 14, 18, 0, 0};
    /** Below this width of the message, columns shrink and then go. */
    private static final int MIN_MESSAGE = 30;
    /** The message column is never narrower than this; a narrower terminal gets longer lines. */
    private static final int NARROWEST_MESSAGE = 16;
    /** The columns left out, in this order, when the message would be narrower than {@link #MIN_MESSAGE}. */
    private static final int[] DROPPED_FIRST = {5, 4, 3};
    private static final Map<Severity, String> COLOURS = Map.of(
            Severity.ERROR, "\033[1;31m", Severity.WARNING, "\033[33m", Severity.INFO, "\033[36m");
    private static final String RESET = "\033[0m";

    private final OutputStream out;
    private final Charset charset;
    private final SinkOptions options;
    private final Lang lang;
    private final Summary summary = new Summary();

    public TableSink(OutputStream out, Charset charset, SinkOptions options) {
        this.out = out;
        this.charset = charset;
        this.options = options;
        this.lang = options.lang();
    }

    @Override
    public void begin() {
    }

    @Override
    public RenderedFile render(FileResult r) {
        boolean clean = r.status() == FileStatus.OK && r.forms().stream().allMatch(d -> d.findings().isEmpty());
        if (clean && !options.showClean()) {
            return new RenderedFile(r, new byte[0]);
        }
        StringBuilder text = new StringBuilder();
        String status = text("report.status." + r.status().id());
        String error = r.error() == null ? "" : GAP + cell(Reasons.render(r.error(), lang));
        line(text, cell(r.path()) + GAP + "[" + status + "]" + error);
        for (DocumentResult doc : r.forms()) {
            if (doc.findings().isEmpty() && !options.showClean()) {
                continue;
            }
            wrapped(text, GAP, text("report.document", doc.index(),
                    cell(Objects.requireNonNullElse(doc.project(), ""))));
            printFindings(text, doc.findings());
        }
        line(text, "");
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
        StringBuilder text = new StringBuilder();
        wrapped(text, "", ReportText.summary(summary, lang));
        if (!summary.byRule().isEmpty()) {
            List<String> counts = new ArrayList<>();
            summary.byRule().forEach((rule, n) -> counts.add(rule + " " + n));
            wrapped(text, "", text("report.by_rule", String.join(GAP, counts)));
        }
        out.write(text.toString().getBytes(charset));
        out.flush();
    }

    private void printFindings(StringBuilder text, List<Finding> findings) {
        if (findings.isEmpty()) {
            line(text, INDENT + text("report.no_findings"));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        String[] headings = new String[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            headings[i] = text("report.column." + HEADINGS[i]);
        }
        rows.add(headings);
        for (Finding f : findings) {
            rows.add(cells(f));
        }
        int[] widths = widths(rows);
        int last = widths.length - 1;
        int messageStart = DisplayWidth.of(INDENT);
        for (int i = 0; i < last; i++) {
            messageStart += widths[i] == 0 ? 0 : widths[i] + GAP.length();
        }
        String continuation = " ".repeat(messageStart);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder start = new StringBuilder(INDENT);
            for (int i = 0; i < last; i++) {
                if (widths[i] == 0) {
                    continue;
                }
                String shown = DisplayWidth.truncate(row[i], widths[i]);
                start.append(i == 0 && r > 0 ? coloured(findings.get(r - 1).severity(), shown) : shown)
                        .append(" ".repeat(widths[i] - DisplayWidth.of(shown))).append(GAP);
            }
            List<String> message = Wrap.lines(row[last], widths[last]);
            line(text, (start + message.get(0)).stripTrailing());
            for (String more : message.subList(1, message.size())) {
                line(text, continuation + more);
            }
        }
    }

    /**
     * Each column as wide as its widest cell (cut columns at most {@link #MAX_WIDTH}). On a terminal of
     * {@link SinkOptions#width()} columns the message gets the rest; when that is too little the cut columns
     * shrink, and then computed, stated and label are left out (width 0) — the message repeats them.
     */
    private int[] widths(List<String[]> rows) {
        int n = HEADINGS.length;
        int[] widths = new int[n];
        for (String[] row : rows) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        for (int i = 0; i < n; i++) {
            if (MAX_WIDTH[i] > 0) {
                widths[i] = Math.min(widths[i], MAX_WIDTH[i]);
            }
        }
        if (options.width() <= 0) {
            return widths;
        }
        for (int i = 0; i < n - 1 && room(widths) < MIN_MESSAGE; i++) {
            if (MAX_WIDTH[i] > 0 && widths[i] > MIN_CUT) {
                widths[i] = Math.max(MIN_CUT, widths[i] - (MIN_MESSAGE - room(widths)));
            }
        }
        for (int i : DROPPED_FIRST) {
            if (room(widths) < MIN_MESSAGE) {
                widths[i] = 0;
            }
        }
        widths[n - 1] = Math.max(room(widths), NARROWEST_MESSAGE);
        return widths;
    }

    /** The columns left for the message beside the other columns as they stand. */
    private int room(int[] widths) {
        int used = DisplayWidth.of(INDENT);
        for (int i = 0; i < widths.length - 1; i++) {
            used += widths[i] == 0 ? 0 : widths[i] + GAP.length();
        }
        return options.width() - used;
    }

    private String[] cells(Finding f) {
        return new String[]{text("report.severity." + f.severity().id()), f.rule(), ReportText.where(f, lang),
                cell(f.label()), cell(f.stated()), cell(f.computed()), ReportText.source(f.span(), lang),
                cell(FormulaText.message(f, lang))};
    }

    private String coloured(Severity severity, String shown) {
        return options.colour() ? COLOURS.get(severity) + shown + RESET : shown;
    }

    /** Every text cell taken from a document passes here on its way to the terminal, control characters escaped. */
    private static String cell(String s) {
        return printable(Objects.requireNonNullElse(s, ""));
    }

    /** Text broken to the terminal's width, each line after {@code indent}. */
    private void wrapped(StringBuilder text, String indent, String paragraph) {
        int width = options.width() <= 0 ? 0 : options.width() - indent.length();
        for (String l : Wrap.lines(paragraph, width)) {
            line(text, indent + l);
        }
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(System.lineSeparator());
    }

    private String text(String key, Object... args) {
        return ReportText.text(lang, key, args);
    }
}
