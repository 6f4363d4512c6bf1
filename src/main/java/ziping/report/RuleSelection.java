package ziping.report;

import ziping.result.DocumentResult;
import ziping.result.FileResult;
import ziping.model.Finding;
import ziping.model.Severity;
import ziping.rules.RuleCatalog;
import ziping.rules.RuleInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules report, and at which severity: {@code --select} and {@code --ignore} take rule ids, id prefixes
 * ({@code ZP2}) and check families ({@code unit_mismatch}); a profile's {@code "rules"} object maps the same to
 * {@code "off"}, {@code "on"} or a severity. A name that matches no rule is an error that names it.
 */
public final class RuleSelection {
    /** Every rule reports at its own severity. */
    public static final RuleSelection ALL = new RuleSelection(List.of(), List.of(), Map.of());

    private final List<String> select;
    private final List<String> ignore;
    /** Patterns in profile order; a later one wins. Values: off, on, error, warning, info. */
    private final Map<String, String> settings;

    private RuleSelection(List<String> select, List<String> ignore, Map<String, String> settings) {
        this.select = select;
        this.ignore = ignore;
        this.settings = settings;
    }

    /**
     * @throws IllegalArgumentException naming the first pattern that matches no rule, or a setting that is not
     *                                  off, on or a severity
     */
    public static RuleSelection of(List<String> select, List<String> ignore, Map<String, String> settings) {
        if (select.isEmpty() && ignore.isEmpty() && settings.isEmpty()) {
            return ALL;
        }
        for (String pattern : concat(select, ignore, List.copyOf(settings.keySet()))) {
            requireKnown(pattern);
        }
        Map<String, String> checked = new LinkedHashMap<>();
        settings.forEach((pattern, value) -> {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("off") && !v.equals("on") && !v.equals("error") && !v.equals("warning")
                    && !v.equals("info")) {
                throw new IllegalArgumentException("rule " + pattern + ": \"" + value
                        + "\" is not off, on, error, warning or info");
            }
            checked.put(pattern, v);
        });
        return new RuleSelection(List.copyOf(select), List.copyOf(ignore), checked);
    }

    /** The file with only the selected rules' findings, at their chosen severities. */
    public FileResult apply(FileResult file) {
        if (this == ALL || file.forms().isEmpty()) {
            return file;
        }
        List<DocumentResult> docs = new ArrayList<>(file.forms().size());
        for (DocumentResult doc : file.forms()) {
            List<Finding> kept = new ArrayList<>(doc.findings().size());
            for (Finding f : doc.findings()) {
                if (enabled(f.rule())) {
                    Severity s = severity(f.rule(), f.severity());
                    kept.add(s == f.severity() ? f : new Finding(f.rule(), f.check(), s, f.section(), f.row(),
                            f.label(), f.stated(), f.computed(), f.formula(), f.message(), f.span()));
                }
            }
            docs.add(doc.withFindings(List.copyOf(kept)));
        }
        return new FileResult(file.path(), file.status(), file.error(), List.copyOf(docs));
    }

    boolean enabled(String rule) {
        if (!select.isEmpty() && select.stream().noneMatch(p -> matches(p, rule))) {
            return false;
        }
        if (ignore.stream().anyMatch(p -> matches(p, rule))) {
            return false;
        }
        return !"off".equals(setting(rule));
    }

    private Severity severity(String rule, Severity own) {
        String s = setting(rule);
        return s == null || s.equals("on") || s.equals("off") ? own : Severity.parse(s);
    }

    private String setting(String rule) {
        String value = null;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (matches(e.getKey(), rule)) {
                value = e.getValue();
            }
        }
        return value;
    }

    /** A rule id prefix (ZP2, ZP205) or a check family (unit_mismatch). */
    private static boolean matches(String pattern, String rule) {
        String p = pattern.trim();
        if (p.regionMatches(true, 0, "ZP", 0, 2)) {
            return rule.regionMatches(true, 0, p, 0, p.length());
        }
        return RuleCatalog.find(rule).map(r -> r.check().id().equalsIgnoreCase(p)).orElse(false);
    }

    private static void requireKnown(String pattern) {
        boolean known = false;
        for (RuleInfo r : RuleCatalog.all()) {
            known |= matches(pattern, r.id());
        }
        if (!known) {
            throw new IllegalArgumentException("unknown rule or check \"" + pattern
                    + "\" (hint: `ziping rules` lists the ids and checks)");
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
