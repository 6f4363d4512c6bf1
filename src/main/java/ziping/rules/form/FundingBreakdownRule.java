package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.FundingRow;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;

/** ZP103 funding_breakdown. Basis: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 (NOTES.md §2). */
public final class FundingBreakdownRule implements Rule<FormAudit> {

    private record Column(String name, Function<FundingRow, Figure> cell) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("年初预算数", FundingRow::initialBudget),
            new Column("全年预算数", FundingRow::budget),
            new Column("全年执行数", FundingRow::executed));

    @Override
    public String id() {
        return "ZP103";
    }

    @Override
    public Check check() {
        return Check.FUNDING_BREAKDOWN;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.FUNDING);
    }

    @Override
    public void apply(FormAudit audit) {
        FundingRow total = audit.form().fundingTotal();
        if (total == null) {
            return;
        }
        List<FundingRow> parts = audit.form().funding().stream().filter(r -> !r.isTotal()).toList();
        for (Column column : COLUMNS) {
            check(audit, total, parts, column);
        }
    }

    private void check(FormAudit audit, FundingRow total, List<FundingRow> parts, Column column) {
        Figure stated = column.cell().apply(total);
        List<Figure> numbers = parts.stream().map(column.cell()).filter(f -> f != null && f.isNumber()).toList();
        if (audit.printed(stated) == null || numbers.isEmpty()) {
            return;
        }
        Interval sum = numbers.stream().map(audit::printed).reduce(Interval::plus).orElseThrow();
        if (!audit.printed(stated).meets(sum)) {
            String computed = sum.format(stated.value().scale());
            String inputs = numbers.stream().map(f -> f.value().toPlainString()).collect(Collectors.joining(" + "));
            audit.report(this, Severity.ERROR, Section.FUNDING, audit.form().funding().indexOf(total), total.span())
                    .label(total.label())
                    .stated(stated.raw())
                    .computed(computed)
                    .formula(column.name() + " 年度资金总额 = Σ 分项 = " + inputs)
                    .message("rule.ZP103", column.name(), stated.raw(), computed);
        }
    }
}
