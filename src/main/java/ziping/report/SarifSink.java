package ziping.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import ziping.result.Tool;
import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.rules.RuleCatalog;
import ziping.rules.RuleInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (the OASIS format code-scanning tools read): one run whose driver lists every rule of
 * {@link RuleCatalog} (id, name, description, help with basis, formula and example), one result per finding (rule,
 * level, message, file, lines for a text file — a PDF's page goes in the location's message and properties —
 * and a fingerprint that does not depend on lines), and unreadable files or files without a form as notifications
 * of the invocation. Results are streamed a file at a time.
 */
public final class SarifSink implements ResultSink {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of ziping's fingerprint in {@code partialFingerprints}. */
    static final String FINGERPRINT = "zipingFinding/v1";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, Integer> RULE_INDEX = new HashMap<>();

    static {
        for (RuleInfo r : RuleCatalog.all()) {
            RULE_INDEX.put(r.id(), RULE_INDEX.size());
        }
    }

    private final OutputStream out;
    private final Lang lang;
    private final JsonGenerator g;
    private final List<FileResult> notices = new ArrayList<>();
    private boolean first = true;

    public SarifSink(OutputStream out, Lang lang) throws IOException {
        this.out = out;
        this.lang = lang;
        this.g = JSON.createGenerator(out);
    }

    @Override
    public void begin() throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "ziping");
        g.writeStringField("version", Tool.VERSION);
        g.writeStringField("semanticVersion", Tool.VERSION);
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : RuleCatalog.all()) {
            writeRule(r);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
        g.flush();
    }

    private void writeRule(RuleInfo r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        text(g, "shortDescription", r.summary());
        text(g, "fullDescription", r.summary() + ". Basis: " + r.basis() + ".");
        g.writeObjectFieldStart("help");
        g.writeStringField("text", RuleDocs.detail(r));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(Severity.parse(r.severity().split("/")[0])));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("check", r.check().id());
        g.writeStringField("basis", r.basis());
        g.writeStringField("formula", r.formula());
        g.writeArrayFieldStart("tags");
        g.writeString(r.check().id());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public RenderedFile render(FileResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator file = JSON.createGenerator(bytes)) {
            List<List<String>> prints = Fingerprints.of(r);
            boolean firstResult = true;
            for (int d = 0; d < r.forms().size(); d++) {
                DocumentResult doc = r.forms().get(d);
                for (int i = 0; i < doc.findings().size(); i++) {
                    if (!firstResult) {
                        file.writeRaw(',');
                    }
                    firstResult = false;
                    writeResult(file, r.path(), doc, doc.findings().get(i), prints.get(d).get(i));
                    file.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + r.path() + " as SARIF", e);
        }
        return new RenderedFile(r, bytes.toByteArray());
    }

    private void writeResult(JsonGenerator g, String path, DocumentResult doc, Finding f, String fingerprint)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        Integer index = RULE_INDEX.get(f.rule());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        text(g, "message", FormulaText.message(f, lang));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(path));
        g.writeEndObject();
        Span span = f.span();
        if (span != null && span.page() == null) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", span.firstLine());
            g.writeNumberField("endLine", span.lastLine());
            g.writeEndObject();
        }
        g.writeEndObject();
        String where = where(doc, f);
        if (!where.isEmpty()) {
            text(g, "message", where);
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, fingerprint);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("document", doc.index());
        optional(g, "project", doc.project());
        optional(g, "section", f.section() == null ? null : f.section().id());
        if (f.row() != null) {
            g.writeNumberField("row", f.row() + 1);
        }
        if (span != null && span.page() != null) {
            g.writeNumberField("page", span.page());
        }
        optional(g, "label", f.label());
        optional(g, "stated", f.stated());
        optional(g, "computed", f.computed());
        optional(g, "formula", FormulaText.render(f.formula(), lang));
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Where in the document, as a reader finds it: form 2, page 3, indicator row 5. */
    private String where(DocumentResult doc, Finding f) {
        List<String> parts = new ArrayList<>();
        parts.add(ReportText.text(lang, "report.document", doc.index(), doc.project() == null ? "" : doc.project()));
        if (f.span() != null && f.span().page() != null) {
            parts.add(ReportText.source(f.span(), lang));
        }
        if (f.section() != null) {
            parts.add(ReportText.where(f, lang));
        }
        return String.join(", ", parts);
    }

    @Override
    public void write(RenderedFile file) throws IOException {
        if (file.result().status() != FileStatus.OK) {
            notices.add(file.result());
        }
        if (file.bytes().length == 0) {
            return;
        }
        g.flush();
        if (!first) {
            out.write(',');
        }
        first = false;
        out.write(file.bytes());
        out.flush();
    }

    @Override
    public void end() throws IOException {
        // the results were written to the stream directly: the generator closes an array it takes for empty
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (FileResult r : notices) {
            g.writeStartObject();
            text(g, "message", ReportText.status(r, lang));
            g.writeStringField("level", r.status() == FileStatus.UNREADABLE ? "error" : "warning");
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(r.path()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for a path as given: forward slashes, spaces and non-ASCII percent-encoded. */
    static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
