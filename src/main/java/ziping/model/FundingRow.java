package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One row of 项目资金: the total or one of its parts, with its label as printed (without 其中 and colons) and its
 * role. Columns: 年初预算数, 全年预算数 (A), 全年执行数 (B), 分值, 执行率, 得分; where the family prints them, 到位数
 * ({@code received}), a reason (原因) and a 得分计算方法 ({@code method}, text kept). A column the form lacks is null;
 * {@code pooling} holds the pooled-funds columns of the forms that print them (TP/SC), null elsewhere.
 */
public record FundingRow(String label, FundingRole role, Figure initialBudget, Figure budget, Figure executed,
                         Figure weight, Figure rate, Figure score, Span span, Figure received, String reason,
                         String method, Pooling pooling) {

    public static final String TOTAL_LABEL = "年度资金总额";

    public FundingRow(String label, FundingRole role, Figure initialBudget, Figure budget, Figure executed,
                      Figure weight, Figure rate, Figure score, Span span) {
        this(label, role, initialBudget, budget, executed, weight, rate, score, span, null, null, null, null);
    }

    @JsonIgnore
    public boolean isTotal() {
        return role == FundingRole.TOTAL;
    }
}
