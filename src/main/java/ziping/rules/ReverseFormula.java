package ziping.rules;

/** How a reverse indicator (≤, <) that missed its target is scored (NOTES.md §3). */
public enum ReverseFormula {
    /** target / actual × 分值: the older national template; seed 001's 硬件采购成本 matches it. */
    RATIO,
    /** (1 − (actual − target) / target) × 分值, 0 at actual ≥ 2 × target: a vendor budget-system module. */
    LINEAR
}
