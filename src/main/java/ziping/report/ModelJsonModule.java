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

    @SuppressWarnings("rawtypes")
    private static final class EnumSerializer extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }

    private static final class FigureSerializer extends JsonSerializer<Figure> {
        @Override
        public void serialize(Figure f, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("raw", f.raw());
            g.writeObjectField("value", f.value());
            g.writeStringField("unit", f.unit());
            g.writeObjectField("kind", f.kind());
            g.writeEndObject();
        }
    }

    private static final class MeasureSerializer extends JsonSerializer<Measure> {
        @Override
        public void serialize(Measure m, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("raw", m.raw());
            g.writeObjectField("kind", m.kind());
            g.writeStringField("comparator", m.comparator() == null ? null : m.comparator().symbol());
            g.writeObjectField("number", m.number());
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
            g.writeObjectField("page", s.page());
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
            g.writeObjectField("check", f.check());
            g.writeObjectField("severity", f.severity());
            g.writeObjectField("section", f.section());
            g.writeObjectField("row", f.row());
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
            g.writeObjectField("page", f.span() == null ? null : f.span().page());
            g.writeEndObject();
        }
    }
}
