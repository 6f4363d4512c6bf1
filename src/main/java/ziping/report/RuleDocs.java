package ziping.report;

import ziping.rules.RuleCatalog;
import ziping.rules.RuleInfo;
import ziping.text.DisplayWidth;

import java.util.List;

/**
 * The rules as text, all from {@link RuleCatalog}: the list {@code ziping rules} prints, one rule's explanation
 * ({@code ziping rules ZP205}), and the Markdown table in README.md (a test keeps the README equal to it).
 */
public final class RuleDocs {
    private static final String GAP = "  ";

    private RuleDocs() {
    }

    /** One line per rule: id, check, severity, what it checks. */
    public static String list() {
        StringBuilder out = new StringBuilder();
        int check = RuleCatalog.all().stream().mapToInt(r -> r.check().id().length()).max().orElse(0);
        int severity = RuleCatalog.all().stream().mapToInt(r -> r.severity().length()).max().orElse(0);
        for (RuleInfo r : RuleCatalog.all()) {
            out.append(r.id()).append(GAP).append(DisplayWidth.pad(r.check().id(), check)).append(GAP)
                    .append(DisplayWidth.pad(r.severity(), severity)).append(GAP).append(r.summary()).append('\n');
        }
        return out.toString();
    }

    /** Everything about one rule: what it checks, its basis, formula, an example and how to disable it. */
    public static String detail(RuleInfo r) {
        return r.id() + " " + r.name() + " (" + r.check().id() + ", " + r.severity() + ")\n"
                + "  checks:   " + r.summary() + "\n"
                + "  basis:    " + r.basis() + "\n"
                + "  formula:  " + r.formula() + "\n"
                + "  example:  " + r.example() + "\n"
                + "  disable:  " + r.disable() + "\n";
    }

    /** The README's rules table. */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| id | check | severity | what it checks | basis |\n"
                + "|---|---|---|---|---|\n");
        for (RuleInfo r : RuleCatalog.all()) {
            out.append("| ").append(String.join(" | ", List.of(r.id(), r.check().id(), r.severity(),
                    escape(r.summary()), escape(r.basis())))).append(" |\n");
        }
        return out.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
