package ziping.model.report;

import java.util.List;

/** The 资金使用情况 table: column names as printed, the unit, the 合计 row and the line items. */
public record SpendingTable(List<String> columns, String unit, SpendingItem total, List<SpendingItem> items) {
}
