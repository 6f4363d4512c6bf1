package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * ZP207 cost_vs_execution. Basis: 成本指标 measure what the project cost, so a whole-project cost targets the budget
 * and reaches the 全年执行数, and partial costs together stay within it (NOTES.md §2, §3).
 */
public final class CostVsExecutionRule implements Rule<FormAudit> {
    private static final String COST = "成本";
    private static final String COST_LEVEL1 = "成本指标";

    @Override
    public String id() {
        return "ZP207";
    }

    @Override
    public Check check() {
        return Check.COST_VS_EXECUTION;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING, Section.INDICATOR);
    }

    @Override
    public void apply(FormAudit audit) {
        Form form = audit.form();
        FundingRow total = form.fundingTotal();
        if (form.fundingUnit() == null || total == null) {
            return;
        }
        Interval executed = audit.printed(total.executed());
        boolean anyWholeProject = false;
        List<Indicator> parts = new ArrayList<>();
        for (int row = 0; row < form.indicators().size(); row++) {
            Indicator i = form.indicators().get(row);
            if (!isCost(i)) {
                continue;
            }
            if (isWholeProject(audit, i)) {
                anyWholeProject = true;
                checkTarget(audit, row, i);
                checkActual(audit, row, i, executed);
            } else {
                parts.add(i);
            }
        }
        if (!anyWholeProject && executed != null) {
            checkSum(audit, parts, total.executed(), executed);
        }
    }

    private static boolean isCost(Indicator i) {
        return COST_LEVEL1.equals(i.level1()) || i.level2() != null && i.level2().contains(COST);
    }

    private static boolean isWholeProject(FormAudit audit, Indicator i) {
        String name = i.name() == null ? "" : i.name();
        return name.contains("预算") || name.contains("总成本") || meetsBudget(audit, target(audit, i));
    }

    /** The target in the funding unit as a set value; null when it is not one. */
    private static Interval target(FormAudit audit, Indicator i) {
        return inFundingUnit(audit, i.target()) ? Interval.exact(i.target().number()) : null;
    }

    /** The actual in the funding unit printed as a value (no comparator); null when it is not one. */
    private static Interval actual(FormAudit audit, Indicator i) {
        Measure a = i.actual();
        return inFundingUnit(audit, a) && !IndicatorScoring.isBound(a.comparator()) ? audit.printed(a.number()) : null;
    }

    private static boolean inFundingUnit(FormAudit audit, Measure m) {
        return m != null && m.isNumeric() && audit.form().fundingUnit().equals(m.unit());
    }

    private static boolean meetsBudget(FormAudit audit, Interval target) {
        FundingRow total = audit.form().fundingTotal();
        return target != null && (meets(target, audit.printed(total.budget()))
                || meets(target, audit.printed(total.initialBudget())));
    }

    private static boolean meets(Interval value, Interval budget) {
        return budget != null && value.meets(budget);
    }

    private void checkTarget(FormAudit audit, int row, Indicator i) {
        FundingRow total = audit.form().fundingTotal();
        Interval target = target(audit, i);
        boolean anyBudget = audit.printed(total.budget()) != null || audit.printed(total.initialBudget()) != null;
        if (target == null || !anyBudget || meetsBudget(audit, target)) {
            return;
        }
        String budgets = raw(total.budget()) + " / " + raw(total.initialBudget());
        audit.report(this, Severity.WARNING, Section.INDICATOR, row, i.span())
                .label(i.name())
                .stated(i.target().raw())
                .computed(budgets)
                .formula("目标值 = 全年预算数 A 或 年初预算数: " + i.target().number().toPlainString() + " vs " + budgets)
                .message("rule.ZP207.target", i.name(), i.target().raw(), raw(total.budget()),
                        raw(total.initialBudget()));
    }

    private void checkActual(FormAudit audit, int row, Indicator i, Interval executed) {
        Interval actual = actual(audit, i);
        if (actual == null || executed == null || actual.meets(executed)) {
            return;
        }
        Figure b = audit.form().fundingTotal().executed();
        audit.report(this, Severity.WARNING, Section.INDICATOR, row, i.span())
                .label(i.name())
                .stated(i.actual().raw())
                .computed(b.value().toPlainString())
                .formula("实际完成值 = 全年执行数 B: " + i.actual().number().toPlainString() + " vs " + b.value())
                .message("rule.ZP207.actual", i.name(), i.actual().raw(), b.raw());
    }

    private void checkSum(FormAudit audit, List<Indicator> parts, Figure b, Interval executed) {
        List<Indicator> costs = parts.stream().filter(i -> actual(audit, i) != null).toList();
        if (costs.isEmpty()) {
            return;
        }
        Interval sum = costs.stream().map(i -> actual(audit, i)).reduce(Interval::plus).orElseThrow();
        if (sum.lo().compareTo(executed.hi()) <= 0) {
            return;
        }
        String inputs = costs.stream().map(i -> i.actual().number().toPlainString()).collect(Collectors.joining(" + "));
        String stated = costs.stream().map(i -> i.actual().number()).reduce(BigDecimal::add).orElseThrow()
                .toPlainString();
        String computed = executed.format(b.value().scale() + 1);
        Span span = costs.stream().map(Indicator::span).filter(Objects::nonNull).reduce(Span::to).orElse(null);
        audit.report(this, Severity.WARNING, Section.INDICATOR, null, span)
                .label(COST_LEVEL1)
                .stated(stated)
                .computed(computed)
                .formula("Σ 成本实际完成值 ≤ 全年执行数 B: " + inputs + " ≤ " + b.value().toPlainString())
                .message("rule.ZP207.sum", stated, b.raw());
    }

    private static String raw(Figure f) {
        return f == null ? "" : f.raw();
    }
}
