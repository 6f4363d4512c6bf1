package ziping.rules.report;

import ziping.rules.Interval;

/**
 * The score a row's own 评分标准 gives it, the formula with its inputs, and whether the 业绩值 had to be inferred
 * by counting the elements a qualitative description lists (then a mismatch is a warning, not an error).
 */
record StandardScore(Interval score, String formula, boolean inferred) {
}
