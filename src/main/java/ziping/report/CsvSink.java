package ziping.report;

import static ziping.text.ControlChars.printable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CSV in UTF-8 (with a byte order mark unless {@link SinkOptions#bom()} is off, so that Excel reads Chinese), one row
 * per finding; text cells are neutralised against formula injection ({@link CsvCells}). A file that is unreadable
 * or holds no form gives one row with an empty rule and its error or status as the message; a file whose forms have
 * no findings gives no row.
 */
public final class CsvSink implements ResultSink {
    /** The columns, in order; README.md documents them. */
    public enum Column {
        FILE, STATUS, FORM, KIND, PROJECT, RULE, CHECK, SEVERITY, SECTION, ROW, LABEL, STATED, COMPUTED, FORMULA,
        MESSAGE, LINE_FIRST, LINE_LAST, PAGE;

        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OutputStream out;
    private final Lang lang;
    private final boolean bom;

    public CsvSink(OutputStream out, SinkOptions options) {
        this.out = out;
        this.lang = options.lang();
        this.bom = options.bom();
    }

    @Override
    public void begin() throws IOException {
        if (bom) {
            out.write(BOM);
        }
        StringBuilder header = new StringBuilder();
        CSVFormat.DEFAULT.printRecord(header, Arrays.stream(Column.values()).map(Column::header).toArray());
        out.write(header.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public RenderedFile render(FileResult r) {
        StringBuilder rows = new StringBuilder();
        try {
            print(new CSVPrinter(rows, CSVFormat.DEFAULT), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + r.path() + " as CSV", e);
        }
        return new RenderedFile(r, rows.toString().getBytes(StandardCharsets.UTF_8));
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

    private void print(CSVPrinter csv, FileResult r) throws IOException {
        if (r.status() != FileStatus.OK) {
            String message = r.error() != null ? Reasons.render(r.error(), lang)
                    : Messages.render(Message.of("report.status." + r.status().id()), lang);
            csv.printRecord(cell(r.path()), r.status().id(), null, null, null, "", null, null, null, null, null,
                    null, null, null, cell(message), null, null, null);
        }
        for (DocumentResult doc : r.forms()) {
            for (Finding f : doc.findings()) {
                csv.printRecord(findingRow(r, doc, f));
            }
        }
    }

    private List<Object> findingRow(FileResult r, DocumentResult doc, Finding f) {
        Span span = f.span();
        String project = doc.project();
        return Arrays.asList(cell(r.path()), r.status().id(), doc.index(), doc.kind(), cell(project), f.rule(),
                f.check() == null ? null : f.check().id(), f.severity().id(),
                f.section() == null ? null : f.section().id(), f.row(), cell(f.label()), cell(f.stated()),
                cell(f.computed()), cell(FormulaText.render(f.formula(), lang)), cell(FormulaText.message(f, lang)),
                span == null ? null : span.firstLine(), span == null ? null : span.lastLine(),
                span == null ? null : span.page());
    }

    /** Every text cell passes here on its way out: control characters escaped, then formulas neutralised. */
    private static String cell(String text) {
        return CsvCells.neutralise(printable(text));
    }
}
