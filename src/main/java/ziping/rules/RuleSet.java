package ziping.rules;

import ziping.rules.form.ConvertedScoreRule;
import ziping.rules.form.CostVsExecutionRule;
import ziping.rules.form.ExecutionReasonRule;
import ziping.rules.form.FixedLevel1PointsRule;
import ziping.rules.form.ExecutionRateRule;
import ziping.rules.form.ExecutionScoreRule;
import ziping.rules.form.FundingBreakdownRule;
import ziping.rules.form.IndicatorScoreRule;
import ziping.rules.form.Level1PointsRule;
import ziping.rules.form.PrintedGradeRule;
import ziping.rules.form.ReceivedRateRule;
import ziping.rules.form.MetButDeductedRule;
import ziping.rules.form.MissingReasonRule;
import ziping.rules.form.NetBudgetRule;
import ziping.rules.form.ScoreRangeRule;
import ziping.rules.form.SheetExecutionRowRule;
import ziping.rules.form.TargetTooLowRule;
import ziping.rules.form.TotalScoreRule;
import ziping.rules.form.UnitMismatchRule;
import ziping.rules.form.WeightSumRule;

import java.util.List;

/** The rules run over every 项目支出绩效自评表, in id order; findings are reported in this order. */
public final class RuleSet {
    private static final List<Rule<FormAudit>> FORM_RULES = List.of(
            new ExecutionRateRule(),
            new ExecutionScoreRule(),
            new FundingBreakdownRule(),
            new ExecutionReasonRule(),
            new SheetExecutionRowRule(),
            new NetBudgetRule(),
            new ReceivedRateRule(),
            new IndicatorScoreRule(),
            new ScoreRangeRule(),
            new MetButDeductedRule(),
            new MissingReasonRule(),
            new UnitMismatchRule(),
            new TargetTooLowRule(),
            new CostVsExecutionRule(),
            new ConvertedScoreRule(),
            new WeightSumRule(),
            new TotalScoreRule(),
            new Level1PointsRule(),
            new PrintedGradeRule(),
            new FixedLevel1PointsRule());

    private RuleSet() {
    }

    public static List<Rule<FormAudit>> formRules() {
        return FORM_RULES;
    }
}
