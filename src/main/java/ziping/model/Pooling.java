package ziping.model;

/**
 * The columns a transfer-payment form of Sichuan 2024 (TP/SC) adds to a funding row: 全年预算数 (A), 统筹整合资金数 (B)
 * and 预算到位 (D/C×100 %). The row's {@code budget} is then 扣除统筹整合资金后预算金额 (C = A − B), its {@code received}
 * 全年到位资金 (D), its {@code executed} 全年执行资金 (E) and its {@code rate} 预算执行 (E/C×100 %). A column the form
 * lacks is null.
 */
public record Pooling(Figure grossBudget, Figure pooled, Figure receivedRate) {
}
