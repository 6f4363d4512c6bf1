package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One row of 项目资金: the total or one of its parts, with its label as printed (without 其中 and colons) and its
 * role. Columns: 年初预算数, 全年预算数 (A), 全年执行数 (B), 分值, 执行率, 得分.
 */
public record FundingRow(String label, FundingRole role, Figure initialBudget, Figure budget, Figure executed,
                         Figure weight, Figure rate, Figure score, Span span) {

    public static final String TOTAL_LABEL = "年度资金总额";

    @JsonIgnore
    public boolean isTotal() {
        return role == FundingRole.TOTAL;
    }
}
