package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Span;

import java.util.List;

/**
 * 附表1 自评价评分表: the 一级指标 groups, the 总计 row (weight and score), the 评价等级, and the lone values that
 * could not be placed in any column (the zeros of the 复核 columns, as far as the text shows).
 */
public record ScoringTable(List<ScoringGroup> groups, Figure totalWeight, Figure totalScore, Span totalSpan,
                           TextValue grade, List<PlacedFigure> unplaced) {

    public List<ScoredIndicator> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream()).toList();
    }
}
