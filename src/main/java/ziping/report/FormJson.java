package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import ziping.model.Computed;
import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Span;
import ziping.parse.ParsedForm;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a form's model, what was recomputed and findings with Jackson's streaming generator, field by field in the
 * order of {@code ziping/result.schema.json}. The output is the contract, so it is spelt out here rather than derived
 * from the records' component names; {@code FormJsonTest} holds it equal to Jackson's record serialisation. It also
 * keeps jackson-databind (its start-up and reflective access) off the path of every form.
 */
final class FormJson {
    private final Lang lang;

    FormJson(Lang lang) {
        this.lang = lang;
    }

    /** The form's fields, without opening or closing its object. */
    void formFields(JsonGenerator g, Form f) throws IOException {
        g.writeNumberField("index", f.index());
        g.writeStringField("kind", ParsedForm.KIND);
        g.writeStringField("project", f.project());
        g.writeStringField("department", f.department());
        g.writeStringField("unit", f.unit());
        g.writeStringField("year", f.year());
        g.writeStringField("fundingUnit", f.fundingUnit());
        g.writeArrayFieldStart("funding");
        for (FundingRow row : f.funding()) {
            fundingRow(g, row);
        }
        g.writeEndArray();
        g.writeStringField("expectedGoal", f.expectedGoal());
        g.writeStringField("actualResult", f.actualResult());
        g.writeArrayFieldStart("indicators");
        for (Indicator indicator : f.indicators()) {
            indicator(g, indicator);
        }
        g.writeEndArray();
        g.writeFieldName("total");
        if (f.total() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            figure(g, "weight", f.total().weight());
            figure(g, "score", f.total().score());
            span(g, "span", f.total().span());
            g.writeEndObject();
        }
        span(g, "span", f.span());
    }

    void computed(JsonGenerator g, Computed c) throws IOException {
        g.writeFieldName("computed");
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, "executionRate", c.executionRate());
        number(g, "executionScore", c.executionScore());
        number(g, "total", c.total());
        g.writeStringField("grade", c.grade());
        g.writeEndObject();
    }

    void findings(JsonGenerator g, String field, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding f : findings) {
            finding(g, f);
        }
        g.writeEndArray();
    }

    private void finding(JsonGenerator g, Finding f) throws IOException {
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

    private static void fundingRow(JsonGenerator g, FundingRow row) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", row.label());
        figure(g, "initialBudget", row.initialBudget());
        figure(g, "budget", row.budget());
        figure(g, "executed", row.executed());
        figure(g, "weight", row.weight());
        figure(g, "rate", row.rate());
        figure(g, "score", row.score());
        span(g, "span", row.span());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("level1", i.level1());
        g.writeStringField("level2", i.level2());
        g.writeStringField("name", i.name());
        measure(g, "target", i.target());
        measure(g, "actual", i.actual());
        figure(g, "weight", i.weight());
        figure(g, "score", i.score());
        g.writeStringField("reason", i.reason());
        span(g, "span", i.span());
        g.writeEndObject();
    }

    private static void figure(JsonGenerator g, String field, Figure f) throws IOException {
        g.writeFieldName(field);
        if (f == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("raw", f.raw());
        number(g, "value", f.value());
        g.writeStringField("unit", f.unit());
        g.writeStringField("kind", f.kind() == null ? null : f.kind().id());
        g.writeEndObject();
    }

    private static void measure(JsonGenerator g, String field, Measure m) throws IOException {
        g.writeFieldName(field);
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("raw", m.raw());
        g.writeStringField("kind", m.kind() == null ? null : m.kind().id());
        g.writeStringField("comparator", m.comparator() == null ? null : m.comparator().symbol());
        number(g, "number", m.number());
        g.writeStringField("unit", m.unit());
        g.writeStringField("text", m.text());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String field, Span s) throws IOException {
        g.writeFieldName(field);
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("first", s.firstLine());
        g.writeNumberField("last", s.lastLine());
        number(g, "page", s.page());
        g.writeEndObject();
    }

    /** A decimal with its printed scale ({@code WRITE_BIGDECIMAL_AS_PLAIN} keeps {@code 10.00}), or null. */
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
}
