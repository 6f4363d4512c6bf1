package ziping.report;

import com.fasterxml.jackson.core.JsonGenerator;
import ziping.model.Figure;
import ziping.model.report.FundingColumn;
import ziping.model.report.FundingTableRow;
import ziping.model.report.LineFormula;
import ziping.model.report.PlacedFigure;
import ziping.model.report.ProseTotal;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.ScoringGroup;
import ziping.model.report.ScoringTable;
import ziping.model.report.SelfEvalReport;
import ziping.model.report.SpendingItem;
import ziping.model.report.SpendingTable;
import ziping.model.report.Subtotal;
import ziping.model.report.TextValue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a self-evaluation report's model with Jackson's streaming generator, each record's components in their
 * order, as {@link FormJson} does for forms; {@code ReportJsonTest} holds it equal to Jackson's record serialisation.
 * Spelt out rather than left to jackson-databind, whose mapper and serialisers cost a few hundred ms of CPU on the
 * first report of a run (the launcher runs C1 only).
 */
final class ReportJson {
    private ReportJson() {
    }

    /** The report's fields, without opening or closing its object. */
    static void fields(JsonGenerator g, SelfEvalReport r) throws IOException {
        g.writeFieldName("project");
        value(g, r.project(), ReportJson::text);
        g.writeFieldName("year");
        value(g, r.year(), ReportJson::text);
        g.writeFieldName("funding");
        list(g, r.funding(), ReportJson::fundingRow);
        g.writeFieldName("spending");
        value(g, r.spending(), ReportJson::spending);
        g.writeFieldName("scoring");
        value(g, r.scoring(), ReportJson::scoring);
        g.writeFieldName("prose");
        value(g, r.prose(), ReportJson::prose);
    }

    private interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** A list of values each written by {@code writer} (null items as null), or null. */
    private static <T> void list(JsonGenerator g, List<T> values, Writer<T> writer) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (T value : values) {
            value(g, value, writer);
        }
        g.writeEndArray();
    }

    /** A value written by {@code writer}, or null. */
    private static <T> void value(JsonGenerator g, T value, Writer<T> writer) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            writer.write(g, value);
        }
    }

    private static void text(JsonGenerator g, TextValue t) throws IOException {
        g.writeStartObject();
        g.writeFieldName("text");
        FormJson.stringValue(g, t.text());
        g.writeFieldName("span");
        FormJson.spanValue(g, t.span());
        g.writeEndObject();
    }

    private static void fundingRow(JsonGenerator g, FundingTableRow row) throws IOException {
        g.writeStartObject();
        g.writeFieldName("label");
        FormJson.stringValue(g, row.label());
        g.writeNumberField("line", row.line());
        g.writeFieldName("formula");
        value(g, row.formula(), ReportJson::formula);
        g.writeFieldName("unit");
        FormJson.stringValue(g, row.unit());
        g.writeFieldName("cells");
        if (row.cells() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            for (Map.Entry<FundingColumn, Figure> cell : row.cells().entrySet()) {
                g.writeFieldName(cell.getKey().name());
                FormJson.figureValue(g, cell.getValue());
            }
            g.writeEndObject();
        }
        g.writeFieldName("unplaced");
        list(g, row.unplaced(), FormJson::figureValue);
        g.writeFieldName("span");
        FormJson.spanValue(g, row.span());
        g.writeEndObject();
    }

    private static void formula(JsonGenerator g, LineFormula f) throws IOException {
        g.writeStartObject();
        g.writeFieldName("raw");
        FormJson.stringValue(g, f.raw());
        g.writeNumberField("result", f.result());
        g.writeNumberField("left", f.left());
        g.writeStringField("operator", String.valueOf(f.operator()));
        g.writeNumberField("right", f.right());
        g.writeEndObject();
    }

    private static void spending(JsonGenerator g, SpendingTable t) throws IOException {
        g.writeStartObject();
        g.writeFieldName("columns");
        list(g, t.columns(), FormJson::stringValue);
        g.writeFieldName("unit");
        FormJson.stringValue(g, t.unit());
        g.writeFieldName("total");
        value(g, t.total(), ReportJson::spendingItem);
        g.writeFieldName("items");
        list(g, t.items(), ReportJson::spendingItem);
        g.writeEndObject();
    }

    private static void spendingItem(JsonGenerator g, SpendingItem item) throws IOException {
        g.writeStartObject();
        g.writeFieldName("name");
        FormJson.stringValue(g, item.name());
        g.writeFieldName("amounts");
        list(g, item.amounts(), FormJson::figureValue);
        g.writeFieldName("span");
        FormJson.spanValue(g, item.span());
        g.writeEndObject();
    }

    private static void scoring(JsonGenerator g, ScoringTable t) throws IOException {
        g.writeStartObject();
        g.writeFieldName("groups");
        list(g, t.groups(), ReportJson::group);
        g.writeFieldName("totalWeight");
        FormJson.figureValue(g, t.totalWeight());
        g.writeFieldName("totalScore");
        FormJson.figureValue(g, t.totalScore());
        g.writeFieldName("totalSpan");
        FormJson.spanValue(g, t.totalSpan());
        g.writeFieldName("grade");
        value(g, t.grade(), ReportJson::text);
        g.writeFieldName("unplaced");
        list(g, t.unplaced(), ReportJson::placed);
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, ScoringGroup group) throws IOException {
        g.writeStartObject();
        g.writeFieldName("name");
        FormJson.stringValue(g, group.name());
        g.writeFieldName("weight");
        FormJson.figureValue(g, group.weight());
        g.writeFieldName("subtotals");
        list(g, group.subtotals(), ReportJson::subtotal);
        g.writeFieldName("indicators");
        list(g, group.indicators(), ReportJson::indicator);
        g.writeFieldName("span");
        FormJson.spanValue(g, group.span());
        g.writeEndObject();
    }

    private static void subtotal(JsonGenerator g, Subtotal s) throws IOException {
        g.writeStartObject();
        g.writeFieldName("weight");
        FormJson.figureValue(g, s.weight());
        g.writeNumberField("first", s.first());
        g.writeNumberField("count", s.count());
        g.writeFieldName("span");
        FormJson.spanValue(g, s.span());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, ScoredIndicator i) throws IOException {
        g.writeStartObject();
        g.writeFieldName("name");
        FormJson.stringValue(g, i.name());
        g.writeFieldName("weight");
        FormJson.figureValue(g, i.weight());
        g.writeFieldName("target");
        FormJson.measureValue(g, i.target());
        g.writeFieldName("actual");
        FormJson.measureValue(g, i.actual());
        g.writeFieldName("score");
        FormJson.figureValue(g, i.score());
        g.writeFieldName("standard");
        value(g, i.standard(), ReportJson::text);
        g.writeFieldName("span");
        FormJson.spanValue(g, i.span());
        g.writeEndObject();
    }

    private static void placed(JsonGenerator g, PlacedFigure p) throws IOException {
        g.writeStartObject();
        g.writeFieldName("figure");
        FormJson.figureValue(g, p.figure());
        g.writeFieldName("span");
        FormJson.spanValue(g, p.span());
        g.writeEndObject();
    }

    private static void prose(JsonGenerator g, ProseTotal p) throws IOException {
        g.writeStartObject();
        g.writeFieldName("score");
        FormJson.figureValue(g, p.score());
        g.writeFieldName("grade");
        FormJson.stringValue(g, p.grade());
        g.writeFieldName("span");
        FormJson.spanValue(g, p.span());
        g.writeEndObject();
    }
}
