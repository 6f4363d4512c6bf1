package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Measure;
import ziping.model.Span;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How model values look in JSON: enums as lower-case ids, a {@link Figure} and a {@link Measure} with their raw
 * text, a {@link Span} as line range and page, a {@link Finding} with its message rendered in one language.
 * Every other record is written by Jackson's record serialisation.
 */
final class ModelJsonModule extends SimpleModule {

    ModelJsonModule(Lang lang) {
        super("ziping-model");
        addSerializer(Enum.class, new EnumSerializer());
        addSerializer(Figure.class, new FigureSerializer());
        addSerializer(Measure.class, new MeasureSerializer());
        addSerializer(Span.class, new SpanSerializer());
        addSerializer(Finding.class, new FindingSerializer(lang));
    }

    /** An enum's id, or null. */
    private static String id(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /*
     * Scalars are written directly: writeObjectField would build a serializer provider per call, which made these
     * serializers the main cost of JSON output.
     */
    private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class EnumSerializer extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(id(value));
        }
    }

    private static final class FigureSerializer extends JsonSerializer<Figure> {
        @Override
        public void serialize(Figure f, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("raw", f.raw());
            number(g, "value", f.value());
            g.writeStringField("unit", f.unit());
            g.writeStringField("kind", id(f.kind()));
            g.writeEndObject();
        }
    }

    private static final class MeasureSerializer extends JsonSerializer<Measure> {
        @Override
        public void serialize(Measure m, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("raw", m.raw());
            g.writeStringField("kind", id(m.kind()));
            g.writeStringField("comparator", m.comparator() == null ? null : m.comparator().symbol());
            number(g, "number", m.number());
            g.writeStringField("unit", m.unit());
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
    }

    private static final class SpanSerializer extends JsonSerializer<Span> {
        @Override
        public void serialize(Span s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("first", s.firstLine());
            g.writeNumberField("last", s.lastLine());
            number(g, "page", s.page());
            g.writeEndObject();
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
            g.writeStringField("check", id(f.check()));
            g.writeStringField("severity", id(f.severity()));
            g.writeStringField("section", id(f.section()));
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
