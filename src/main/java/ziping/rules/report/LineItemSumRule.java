package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.SpendingItem;
import ziping.model.report.SpendingTable;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.List;

/**
 * ZP402: in 资金使用情况 the line items of each column sum to the 合计 row (columns no item prints are skipped).
 * Basis: "line items sum to 合计" (NOTES.md §3 Report tables).
 */
public final class LineItemSumRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP402";
    }

    @Override
    public Check check() {
        return Check.LINE_ITEM_SUM;
    }

    @Override
    public void apply(ReportAudit audit) {
        SpendingTable table = audit.report().spending();
        if (table == null) {
            return;
        }
        List<Figure> totals = table.total().amounts();
        for (int column = 0; column < totals.size(); column++) {
            int k = column;
            List<Figure> parts = table.items().stream().map(SpendingItem::amounts).filter(a -> a.size() > k)
                    .map(a -> a.get(k)).filter(Figure::isNumber).toList();
            Figure stated = totals.get(column);
            if (parts.isEmpty() || !stated.isNumber()) {
                continue;
            }
            Interval sum = Sums.of(parts.stream().map(audit::printed).toList());
            if (!audit.agrees(stated, sum)) {
                String name = column < table.columns().size() ? table.columns().get(column) : "#" + (column + 1);
                String formula = "Σ " + parts.size() + " items";
                audit.report(this, Severity.ERROR, Section.SPENDING, null, table.total().span(), "合计 " + name,
                        stated.raw(), sum, formula, name, stated.raw(), sum.format(ReportAudit.SHOWN_SCALE),
                        parts.size());
            }
        }
    }
}
