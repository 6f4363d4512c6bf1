package ziping.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import ziping.result.Tool;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import ziping.result.ParsedFile;
import ziping.result.ReportResult;
import ziping.model.Severity;
import ziping.parse.ParsedDocument;
import ziping.parse.ParsedForm;
import ziping.parse.report.ParsedReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes results as JSON (see {@code ziping/result.schema.json}). Forms and findings are written field by field
 * ({@link FormJson}, {@link ReportJson}); a report's body with {@code index} and {@code kind} first and
 * {@code findings} last. Numbers keep their printed scale: {@code 10.00} stays {@code 10.00}.
 * Thread-safe: each file may be written on its own thread, to its own generator.
 */
public final class ResultJson {
    public static final String TOOL = "ziping";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Sizes a file's buffer so that it seldom grows: a form is about 9 KB of JSON (bench corpus). */
    private static final int BYTES_PER_FILE = 1024;
    private static final int BYTES_PER_DOCUMENT = 12 * 1024;

    private final FormJson forms;

    public ResultJson(Lang lang) {
        forms = new FormJson(lang);
    }

    /** A UTF-8 generator on {@code out} that leaves {@code out} open. */
    public JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /** {@code "tool": "ziping", "version": …} inside an object already started. */
    public void writeHeader(JsonGenerator g) throws IOException {
        g.writeStringField("tool", TOOL);
        g.writeStringField("version", Tool.VERSION);
    }

    /** One file as a compact JSON object, in UTF-8. */
    public byte[] render(FileResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(BYTES_PER_FILE + BYTES_PER_DOCUMENT * r.forms().size());
        try (JsonGenerator g = generator(bytes)) {
            writeFile(g, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + r.path() + " as JSON", e);
        }
        return bytes.toByteArray();
    }

    private void writeFile(JsonGenerator g, FileResult r) throws IOException {
        writeFileStart(g, r.path(), r.status(), r.error());
        for (DocumentResult doc : r.forms()) {
            g.writeStartObject();
            if (doc instanceof FormResult form) {
                forms.formFields(g, form.form());
                forms.computed(g, form.computed());
            } else {
                ReportResult report = (ReportResult) doc;
                g.writeNumberField("index", report.index());
                g.writeStringField("kind", report.kind());
                g.writeObjectFieldStart("report");
                ReportJson.fields(g, report.report());
                g.writeEndObject();
            }
            forms.findings(g, "findings", doc.findings());
            if (doc instanceof FormResult form) {
                forms.reading(g, form);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One file for {@code ziping parse}: each document's fields plus its {@code problems}. */
    public void writeParsed(JsonGenerator g, ParsedFile f) throws IOException {
        writeFileStart(g, f.path(), f.status(), f.error());
        for (ParsedDocument parsed : f.forms()) {
            g.writeStartObject();
            if (parsed instanceof ParsedForm form) {
                forms.formFields(g, form.form());
            } else {
                g.writeStringField("kind", parsed.kind());
                ReportJson.fields(g, ((ParsedReport) parsed).report());
            }
            forms.findings(g, "problems", parsed.problems());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public void writeSummary(JsonGenerator g, Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        for (FileStatus status : FileStatus.values()) {
            g.writeNumberField(status.id(), s.count(status));
        }
        g.writeNumberField("forms", s.documents());
        g.writeNumberField("findings", s.findings());
        g.writeObjectFieldStart("by_severity");
        for (Severity severity : Severity.values()) {
            g.writeNumberField(severity.id(), s.count(severity));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("by_rule");
        for (var rule : s.byRule().entrySet()) {
            g.writeNumberField(rule.getKey(), rule.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeFileStart(JsonGenerator g, String path, FileStatus status, String error) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", path);
        g.writeStringField("status", status.id());
        g.writeStringField("error", error);
        g.writeArrayFieldStart("forms");
    }
}
