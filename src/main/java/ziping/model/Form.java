package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** One 项目支出绩效自评表 as printed. Nothing here is computed; see {@link Computed}. */
public record Form(int index, String year, String project, String department, String unit, String fundingUnit,
                   List<FundingRow> funding, String expectedGoal, String actualResult,
                   List<Indicator> indicators, Total total, Span span) {

    /** The 总分 row: the weight total and the score total as printed. */
    public record Total(Figure weight, Figure score, Span span) {
    }

    @JsonIgnore
    public FundingRow fundingTotal() {
        return funding.stream().filter(FundingRow::isTotal).findFirst().orElse(null);
    }
}
