package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Span;

import java.util.List;
import java.util.Map;

/**
 * One row of 资金安排情况: its label (预算安排, 资金结余 …), its line number ({@code 1} for "(1)"), its formula when
 * the 行次 cell prints one, the printed values by column, and the values whose column could not be told from the
 * text ({@code unplaced}). {@code unit} is "%" for the rate rows and "元" otherwise.
 */
public record FundingTableRow(String label, int line, LineFormula formula, String unit,
                              Map<FundingColumn, Figure> cells, List<Figure> unplaced, Span span) {

    public Figure cell(FundingColumn column) {
        return cells.get(column);
    }
}
