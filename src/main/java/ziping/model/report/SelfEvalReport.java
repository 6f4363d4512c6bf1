package ziping.model.report;

import java.util.List;

/**
 * A 绩效自评报告 as printed (seed 002 layout): the project and year, the 资金安排情况 table, the 资金使用情况 table,
 * the scoring table 附表1 and the total stated in the prose. A part the text lacks is null (or an empty list).
 */
public record SelfEvalReport(TextValue project, TextValue year, List<FundingTableRow> funding,
                             SpendingTable spending, ScoringTable scoring, ProseTotal prose) {

    /** The funding row with the given line number, e.g. 4 for 实际支出 (4); null when not printed. */
    public FundingTableRow fundingLine(int line) {
        return funding.stream().filter(r -> r.line() == line).findFirst().orElse(null);
    }
}
