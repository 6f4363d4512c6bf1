package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import ziping.model.Finding;
import ziping.model.Span;

import java.io.IOException;

/**
 * A {@link Finding} in JSON, with its message rendered in one language. Model records are written by Jackson's record
 * serialisation (their enums carry {@code @JsonValue} ids: lower-case, comparators as symbols).
 */
final class ModelJsonModule extends SimpleModule {

    ModelJsonModule(Lang lang) {
        super("ziping-model");
        addSerializer(Finding.class, new FindingSerializer(lang));
    }

    /** Written directly: writeObjectField would build a serializer provider per call, for every finding. */
    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static final class FindingSerializer extends JsonSerializer<Finding> {
        private final Lang lang;

        FindingSerializer(Lang lang) {
            this.lang = lang;
        }

        @Override
        public void serialize(Finding f, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("check", f.check() == null ? null : f.check().id());
            g.writeStringField("severity", f.severity() == null ? null : f.severity().id());
            g.writeStringField("section", f.section() == null ? null : f.section().id());
            number(g, "row", f.row());
            g.writeStringField("label", f.label());
            g.writeStringField("stated", f.stated());
            g.writeStringField("computed", f.computed());
            g.writeStringField("formula", f.formula());
            g.writeStringField("message", f.message() == null ? null : Messages.render(f.message(), lang));
            g.writeFieldName("lines");
            if (f.span() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeNumberField("first", f.span().firstLine());
                g.writeNumberField("last", f.span().lastLine());
                g.writeEndObject();
            }
            number(g, "page", f.span() == null ? null : f.span().page());
            g.writeEndObject();
        }
    }
}
