package ziping.read;

import com.fasterxml.jackson.databind.JsonNode;
import ziping.model.Figure;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a form read by ziping that differ from a generated form's truth (bench/gen/README.md describes it),
 * each as {@code field: expected '…' but read '…'}, compared with whitespace removed.
 */
public final class TruthFields {
    private TruthFields() {
    }

    public static List<String> wrong(JsonNode truth, Form form) {
        List<String> wrong = new ArrayList<>();
        same(wrong, "year", truth.get("year"), form.year());
        same(wrong, "project", truth.get("project"), form.project());
        same(wrong, "department", truth.get("department"), form.department());
        same(wrong, "unit", truth.get("unit"), form.unit());
        JsonNode funding = truth.get("funding");
        rows(wrong, "funding", funding.size(), form.funding().size());
        for (int i = 0; i < Math.min(funding.size(), form.funding().size()); i++) {
            JsonNode t = funding.get(i);
            FundingRow r = form.funding().get(i);
            same(wrong, "funding " + i + " label", label(t.get("label").asText()), r.label());
            same(wrong, "funding " + i + " role", t.get("role"), r.role().id());
            same(wrong, "funding " + i + " initialBudget", t.get("initialBudget"), raw(r.initialBudget()));
            same(wrong, "funding " + i + " budget", t.get("budget"), raw(r.budget()));
            same(wrong, "funding " + i + " executed", t.get("executed"), raw(r.executed()));
            same(wrong, "funding " + i + " weight", t.get("weight"), raw(r.weight()));
            same(wrong, "funding " + i + " rate", t.get("rate"), raw(r.rate()));
            same(wrong, "funding " + i + " score", t.get("score"), raw(r.score()));
        }
        JsonNode indicators = truth.get("indicators");
        rows(wrong, "indicator", indicators.size(), form.indicators().size());
        for (int i = 0; i < Math.min(indicators.size(), form.indicators().size()); i++) {
            JsonNode t = indicators.get(i);
            Indicator r = form.indicators().get(i);
            same(wrong, "indicator " + i + " level1", t.get("level1"), r.level1());
            same(wrong, "indicator " + i + " level2", t.get("level2"), r.level2());
            same(wrong, "indicator " + i + " name", t.get("name"), r.name());
            same(wrong, "indicator " + i + " target", t.get("target"), raw(r.target()));
            same(wrong, "indicator " + i + " actual", t.get("actual"), raw(r.actual()));
            same(wrong, "indicator " + i + " weight", t.get("weight"), raw(r.weight()));
            same(wrong, "indicator " + i + " score", t.get("score"), raw(r.score()));
            same(wrong, "indicator " + i + " reason", t.get("reason"), r.reason());
        }
        same(wrong, "total weight", truth.get("total").get("weight"), raw(form.total().weight()));
        same(wrong, "total score", truth.get("total").get("score"), raw(form.total().score()));
        return wrong;
    }

    /**
     * The rule ids of the error-level findings that the truth does not explain: every one on a clean form, any but
     * the injected error's rule on a form with one.
     */
    public static List<String> unexplainedErrors(JsonNode truth, List<Finding> findings) {
        JsonNode injected = truth.get("injected");
        String rule = injected == null || injected.isNull() ? null : injected.get("rule").asText();
        return findings.stream().filter(f -> f.severity() == Severity.ERROR && !f.rule().equals(rule))
                .map(Finding::rule).toList();
    }

    private static void rows(List<String> wrong, String block, int expected, int read) {
        if (expected != read) {
            wrong.add(block + " rows: expected " + expected + " but read " + read);
        }
    }

    private static void same(List<String> wrong, String field, JsonNode expected, String actual) {
        same(wrong, field, expected.isNull() ? null : expected.asText(), actual);
    }

    private static void same(List<String> wrong, String field, String expected, String actual) {
        String e = compact(expected);
        String a = compact(actual);
        if (!e.equals(a)) {
            wrong.add(field + ": expected '" + e + "' but read '" + a + "'");
        }
    }

    /** A funding label as the model keeps it: without 其中 and colons. */
    private static String label(String printed) {
        return printed.replaceFirst("^其中[:：]?", "").replaceFirst("[:：]$", "");
    }

    private static String raw(Figure f) {
        return f == null ? "" : f.raw();
    }

    private static String raw(Measure m) {
        return m == null ? "" : m.raw();
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
