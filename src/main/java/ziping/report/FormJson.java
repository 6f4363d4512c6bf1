package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import ziping.result.FormResult;
import ziping.model.Computed;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.model.Section;
import ziping.model.Skipped;
import ziping.model.Span;
import ziping.parse.ParsedForm;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a form's model, what was recomputed and findings with Jackson's streaming generator, field by field in the
 * order of {@code ziping/result.schema.json}. The output is the contract, so it is spelt out here rather than derived
 * from the records' component names; {@code FormJsonTest} holds it equal to Jackson's record serialisation. It also
 * keeps jackson-databind (its start-up and reflective access) off the path of every form.
 */
final class FormJson {
    /** Decimals with more digits, or a scale beyond ± this, are written as strings (see {@link #number}). */
    static final int LONGEST_JSON_NUMBER = 100;
    /**
     * The keys of a form's JSON, spelt as written (hence lower-case constants), each encoded once: Jackson copies a
     * {@link SerializedString}'s UTF-8 bytes instead of escaping and encoding the name for every field.
     */
    enum Key {
        index, kind, project, department, unit, year, fundingUnit, funding, expectedGoal, actualResult, indicators,
        total, weight, score, span, computed, executionRate, executionScore, grade, rule, check, severity, section,
        row, label, stated, formula, message, lines, first, last, page, initialBudget, budget, executed, rate,
        level1, level2, name, target, actual, reason, raw, value, comparator, number, text, role, read, skipped,
        sections, because, projectCode, fields, template, family, file, received, method, singleScore,
        level1Points, goalBlock, pooling, grossBudget, pooled, receivedRate, rows;

        final SerializedString json = new SerializedString(name());
    }

    /** The kinds' ids, each encoded once, as the keys are: every figure and measure writes one. */
    private static final Map<FigureKind, SerializedString> FIGURE_KINDS = encoded(FigureKind.values(), FigureKind::id);
    private static final Map<MeasureKind, SerializedString> MEASURE_KINDS =
            encoded(MeasureKind.values(), MeasureKind::id);

    private final Lang lang;

    private static <E extends Enum<E>> Map<E, SerializedString> encoded(E[] values, Function<E, String> id) {
        Map<E, SerializedString> encoded = new EnumMap<>(values[0].getDeclaringClass());
        for (E value : values) {
            encoded.put(value, new SerializedString(id.apply(value)));
        }
        return encoded;
    }

    FormJson(Lang lang) {
        this.lang = lang;
    }

    /** The form's fields, without opening or closing its object. */
    void formFields(JsonGenerator g, Form f) throws IOException {
        number(g, Key.index, f.index());
        string(g, Key.kind, ParsedForm.KIND);
        string(g, Key.project, f.project());
        string(g, Key.projectCode, f.projectCode());
        string(g, Key.department, f.department());
        string(g, Key.unit, f.unit());
        string(g, Key.year, f.year());
        g.writeFieldName(Key.fields.json);
        g.writeStartObject();
        for (Map.Entry<String, String> field : f.fields().entrySet()) {
            g.writeStringField(field.getKey(), field.getValue());
        }
        g.writeEndObject();
        g.writeFieldName(Key.template.json);
        if (f.template() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            string(g, Key.family, f.template().family());
            string(g, Key.file, f.template().file());
            g.writeEndObject();
        }
        string(g, Key.fundingUnit, f.fundingUnit());
        startArray(g, Key.funding);
        for (FundingRow row : f.funding()) {
            fundingRow(g, row);
        }
        g.writeEndArray();
        string(g, Key.expectedGoal, f.expectedGoal());
        string(g, Key.actualResult, f.actualResult());
        startArray(g, Key.indicators);
        for (Indicator indicator : f.indicators()) {
            indicator(g, indicator);
        }
        g.writeEndArray();
        g.writeFieldName(Key.total.json);
        if (f.total() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            figure(g, Key.weight, f.total().weight());
            figure(g, Key.score, f.total().score());
            string(g, Key.grade, f.total().grade());
            span(g, Key.span, f.total().span());
            g.writeEndObject();
        }
        span(g, Key.span, f.span());
    }

    void computed(JsonGenerator g, Computed c) throws IOException {
        g.writeFieldName(Key.computed.json);
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, Key.executionRate, c.executionRate());
        number(g, Key.executionScore, c.executionScore());
        number(g, Key.total, c.total());
        string(g, Key.grade, c.grade());
        g.writeEndObject();
    }

    /** How completely the form was read: {@code read} complete or partial, and the checks skipped for that. */
    void reading(JsonGenerator g, FormResult result) throws IOException {
        g.writeFieldName(Key.read.json);
        g.writeString(result.complete() ? "complete" : "partial");
        g.writeFieldName(Key.skipped.json);
        g.writeStartArray();
        for (Skipped skip : result.skipped()) {
            g.writeStartObject();
            string(g, Key.rule, skip.rule());
            g.writeFieldName(Key.sections.json);
            g.writeStartArray();
            for (Section section : skip.sections()) {
                g.writeString(section.id());
            }
            g.writeEndArray();
            g.writeFieldName(Key.because.json);
            g.writeStartArray();
            for (String rule : skip.because()) {
                g.writeString(rule);
            }
            g.writeEndArray();
            skippedRows(g, skip);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code rows}: null for a check that did not run, else per section the rows it left out (0-based). */
    private static void skippedRows(JsonGenerator g, Skipped skip) throws IOException {
        g.writeFieldName(Key.rows.json);
        if (!skip.inPart()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        for (Map.Entry<Section, List<Integer>> e : skip.rows().entrySet()) {
            g.writeArrayFieldStart(e.getKey().id());
            for (int row : e.getValue()) {
                g.writeNumber(row);
            }
            g.writeEndArray();
        }
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
        string(g, Key.rule, f.rule());
        string(g, Key.check, f.check() == null ? null : f.check().id());
        string(g, Key.severity, f.severity() == null ? null : f.severity().id());
        string(g, Key.section, f.section() == null ? null : f.section().id());
        number(g, Key.row, f.row());
        string(g, Key.label, f.label());
        string(g, Key.stated, f.stated());
        string(g, Key.computed, f.computed());
        string(g, Key.formula, FormulaText.render(f.formula(), lang));
        string(g, Key.message, f.message() == null ? null : FormulaText.message(f, lang));
        g.writeFieldName(Key.lines.json);
        if (f.span() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            number(g, Key.first, f.span().firstLine());
            number(g, Key.last, f.span().lastLine());
            g.writeEndObject();
        }
        number(g, Key.page, f.span() == null ? null : f.span().page());
        g.writeEndObject();
    }

    private static void fundingRow(JsonGenerator g, FundingRow row) throws IOException {
        g.writeStartObject();
        string(g, Key.label, row.label());
        string(g, Key.role, row.role().id());
        figure(g, Key.initialBudget, row.initialBudget());
        figure(g, Key.budget, row.budget());
        figure(g, Key.executed, row.executed());
        figure(g, Key.weight, row.weight());
        figure(g, Key.rate, row.rate());
        figure(g, Key.score, row.score());
        figure(g, Key.received, row.received());
        string(g, Key.reason, row.reason());
        string(g, Key.method, row.method());
        g.writeFieldName(Key.pooling.json);
        if (row.pooling() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            figure(g, Key.grossBudget, row.pooling().grossBudget());
            figure(g, Key.pooled, row.pooling().pooled());
            figure(g, Key.receivedRate, row.pooling().receivedRate());
            g.writeEndObject();
        }
        span(g, Key.span, row.span());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        string(g, Key.level1, i.level1());
        string(g, Key.level2, i.level2());
        string(g, Key.name, i.name());
        measure(g, Key.target, i.target());
        measure(g, Key.actual, i.actual());
        figure(g, Key.weight, i.weight());
        figure(g, Key.score, i.score());
        string(g, Key.reason, i.reason());
        string(g, Key.method, i.method());
        figure(g, Key.singleScore, i.singleScore());
        figure(g, Key.level1Points, i.level1Points());
        string(g, Key.goalBlock, i.goalBlock());
        span(g, Key.span, i.span());
        g.writeEndObject();
    }

    private static void figure(JsonGenerator g, Key key, Figure f) throws IOException {
        g.writeFieldName(key.json);
        figureValue(g, f);
    }

    /** A figure's object, or null. */
    static void figureValue(JsonGenerator g, Figure f) throws IOException {
        if (f == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, Key.raw, f.raw());
        number(g, Key.value, f.value());
        string(g, Key.unit, f.unit());
        g.writeFieldName(Key.kind.json);
        constant(g, f.kind() == null ? null : FIGURE_KINDS.get(f.kind()));
        g.writeEndObject();
    }

    private static void measure(JsonGenerator g, Key key, Measure m) throws IOException {
        g.writeFieldName(key.json);
        measureValue(g, m);
    }

    /** A measure's object, or null. */
    static void measureValue(JsonGenerator g, Measure m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, Key.raw, m.raw());
        g.writeFieldName(Key.kind.json);
        constant(g, m.kind() == null ? null : MEASURE_KINDS.get(m.kind()));
        string(g, Key.comparator, m.comparator() == null ? null : m.comparator().symbol());
        number(g, Key.number, m.number());
        string(g, Key.unit, m.unit());
        string(g, Key.text, m.text());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Key key, Span s) throws IOException {
        g.writeFieldName(key.json);
        spanValue(g, s);
    }

    /** A span's object, or null. */
    static void spanValue(JsonGenerator g, Span s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        number(g, Key.first, s.firstLine());
        number(g, Key.last, s.lastLine());
        number(g, Key.page, s.page());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, Key key, String value) throws IOException {
        g.writeFieldName(key.json);
        stringValue(g, value);
    }

    /**
     * A text, or null. The text goes to Jackson as a char array: its loop over an array costs about a third less than
     * its loop of {@code String.charAt} over a Chinese text without C2 (the launcher runs C1 only).
     */
    static void stringValue(JsonGenerator g, String value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            char[] chars = value.toCharArray();
            g.writeString(chars, 0, chars.length);
        }
    }

    /** A text encoded once, or null. */
    private static void constant(JsonGenerator g, SerializedString value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void startArray(JsonGenerator g, Key key) throws IOException {
        g.writeFieldName(key.json);
        g.writeStartArray();
    }

    /**
     * A decimal with its printed scale ({@code WRITE_BIGDECIMAL_AS_PLAIN} keeps {@code 10.00}), or null; one with more
     * than {@value #LONGEST_JSON_NUMBER} digits or a scale beyond ±{@value #LONGEST_JSON_NUMBER} as a string of its
     * plain digits, since JSON readers (Jackson's among them) refuse or round such numbers.
     */
    private static void number(JsonGenerator g, Key key, BigDecimal value) throws IOException {
        g.writeFieldName(key.json);
        if (value == null) {
            g.writeNull();
        } else if (value.precision() > LONGEST_JSON_NUMBER || Math.abs(value.scale()) > LONGEST_JSON_NUMBER) {
            g.writeString(value.toPlainString());
        } else {
            g.writeNumber(value);
        }
    }

    private static void number(JsonGenerator g, Key key, Integer value) throws IOException {
        g.writeFieldName(key.json);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
