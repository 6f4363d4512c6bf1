package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Figure;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.read.PointsLabel;
import ziping.rules.FormAudit;
import ziping.rules.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ZP303 weight_sum. Basis: points printed on a 一级指标 label ({@code 产出指标(50分)}) are the weights of its rows
 * (CN-A/AH, AH-SX, the scoring sheets); on forms without row weights (HB-20) the level-1 points of a goal block add up
 * to the block's points ({@code 年度绩效目标1（40分）}). Set values: compared exactly.
 */
public final class Level1PointsRule implements Rule<FormAudit> {
    @Override
    public String id() {
        return "ZP303";
    }

    @Override
    public Check check() {
        return Check.WEIGHT_SUM;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.INDICATOR);
    }

    /** The rows of one labelled group (a level-1 label, or a goal block). */
    private record Group(String label, Figure points, List<Integer> rows) {
    }

    @Override
    public void apply(FormAudit audit) {
        List<Indicator> indicators = audit.form().indicators();
        for (Group group : level1Groups(indicators)) {
            List<BigDecimal> weights = group.rows().stream().map(indicators::get).map(Indicator::weight)
                    .filter(f -> f != null && f.isNumber()).map(Figure::value).toList();
            if (weights.size() == group.rows().size()) {
                check(audit, group, weights, indicators, "Σ 分值");
            }
        }
        for (Group block : blocks(indicators)) {
            List<BigDecimal> points = new ArrayList<>();
            for (Group level1 : level1Groups(block.rows().stream().map(indicators::get).toList())) {
                points.add(level1.points().value());
            }
            check(audit, block, points, indicators, "Σ 一级指标分值");
        }
    }

    private void check(FormAudit audit, Group group, List<BigDecimal> parts, List<Indicator> indicators, String what) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts.isEmpty() || sum.compareTo(group.points().value()) == 0) {
            return;
        }
        int first = group.rows().get(0);
        audit.report(this, Severity.ERROR, Section.INDICATOR, first, indicators.get(first).span())
                .label(group.label())
                .stated(group.points().raw())
                .computed(sum.toPlainString())
                .formula(what + " = " + parts.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" + ")))
                .message("rule.ZP303", group.label(), group.points().raw(), sum.toPlainString());
    }

    /** Rows grouped by their level-1 label, for labels that print points. */
    private static List<Group> level1Groups(List<Indicator> indicators) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            if (i.level1Points() != null && i.level1Points().isNumber()) {
                String key = (i.goalBlock() == null ? "" : i.goalBlock() + "/") + i.level1();
                groups.computeIfAbsent(key, k -> new Group(i.level1(), i.level1Points(), new ArrayList<>()))
                        .rows().add(row);
            }
        }
        return List.copyOf(groups.values());
    }

    /** Rows grouped by goal block, for blocks whose every row's level-1 label prints points. */
    private static List<Group> blocks(List<Indicator> indicators) {
        Map<String, Group> blocks = new LinkedHashMap<>();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator i = indicators.get(row);
            PointsLabel.Read block = i.goalBlock() == null ? null : PointsLabel.goalBlock(i.goalBlock());
            Figure points = block == null ? null : block.points();
            if (points != null && i.level1Points() != null && i.level1Points().isNumber()) {
                blocks.computeIfAbsent(i.goalBlock(), k -> new Group(k, points, new ArrayList<>())).rows().add(row);
            }
        }
        return List.copyOf(blocks.values());
    }
}
