package ziping.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ziping.api.DocumentResult;
import ziping.api.FileResult;
import ziping.api.FileStatus;
import ziping.api.FormResult;
import ziping.api.ParsedFile;
import ziping.api.Ziping;
import ziping.model.Form;
import ziping.model.Severity;
import ziping.parse.ParsedDocument;
import ziping.parse.ParsedForm;
import ziping.parse.report.ParsedReport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes results as JSON (see {@code ziping/result.schema.json}). A {@link FormResult} is written field by field;
 * any other kind of document by Jackson's record serialisation, with {@code index} and {@code kind} first and
 * {@code findings} last. Numbers keep their printed scale: {@code 10.00} stays {@code 10.00}.
 */
public final class ResultJson {
    public static final String TOOL = "ziping";

    private final ObjectMapper mapper;

    public ResultJson(Lang lang) {
        mapper = new ObjectMapper()
                .registerModule(new ModelJsonModule(lang))
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    /** A UTF-8 generator on {@code out} that leaves {@code out} open. */
    public JsonGenerator generator(OutputStream out) throws IOException {
        return mapper.getFactory().createGenerator(out);
    }

    /** {@code "tool": "ziping", "version": …} inside an object already started. */
    public void writeHeader(JsonGenerator g) throws IOException {
        g.writeStringField("tool", TOOL);
        g.writeStringField("version", Ziping.VERSION);
    }

    public void writeFile(JsonGenerator g, FileResult r) throws IOException {
        writeFileStart(g, r.path(), r.status(), r.error());
        for (DocumentResult doc : r.forms()) {
            if (doc instanceof FormResult form) {
                writeForm(g, form);
            } else {
                writeDocument(g, doc);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One file for {@code ziping parse}: each form's fields plus its {@code problems}. */
    public void writeParsed(JsonGenerator g, ParsedFile f) throws IOException {
        writeFileStart(g, f.path(), f.status(), f.error());
        for (ParsedDocument parsed : f.forms()) {
            ObjectNode node = mapper.createObjectNode().put("kind", parsed.kind());
            node.setAll((ObjectNode) mapper.valueToTree(parsed instanceof ParsedForm form ? form.form()
                    : ((ParsedReport) parsed).report()));
            node.set("problems", mapper.valueToTree(parsed.problems()));
            g.writeTree(node);
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
        g.writeObjectField("by_rule", s.byRule());
        g.writeEndObject();
    }

    private void writeFileStart(JsonGenerator g, String path, FileStatus status, String error) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", path);
        g.writeStringField("status", status.id());
        g.writeStringField("error", error);
        g.writeArrayFieldStart("forms");
    }

    private void writeForm(JsonGenerator g, FormResult r) throws IOException {
        Form f = r.form();
        g.writeStartObject();
        g.writeNumberField("index", f.index());
        g.writeStringField("kind", r.kind());
        g.writeStringField("project", f.project());
        g.writeStringField("department", f.department());
        g.writeStringField("unit", f.unit());
        g.writeStringField("year", f.year());
        g.writeStringField("fundingUnit", f.fundingUnit());
        g.writeObjectField("funding", f.funding());
        g.writeStringField("expectedGoal", f.expectedGoal());
        g.writeStringField("actualResult", f.actualResult());
        g.writeObjectField("indicators", f.indicators());
        g.writeObjectField("total", f.total());
        g.writeObjectField("span", f.span());
        g.writeObjectField("computed", r.computed());
        g.writeObjectField("findings", r.findings());
        g.writeEndObject();
    }

    private void writeDocument(JsonGenerator g, DocumentResult doc) throws IOException {
        ObjectNode fields = mapper.valueToTree(doc);
        fields.remove("index");
        fields.remove("kind");
        fields.remove("findings");
        g.writeStartObject();
        g.writeNumberField("index", doc.index());
        g.writeStringField("kind", doc.kind());
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            g.writeFieldName(field.getKey());
            g.writeTree(field.getValue());
        }
        g.writeObjectField("findings", doc.findings());
        g.writeEndObject();
    }
}
