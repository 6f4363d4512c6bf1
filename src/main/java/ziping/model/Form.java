package ziping.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Map;

/**
 * One 项目支出绩效自评表 as printed. Nothing here is computed; see {@link Computed}.
 *
 * @param projectCode a project code printed before the name ({@code 51000021R000000019951-…}), kept apart from it
 * @param fields      further header fields by role ({@code manager} 项目负责人, {@code special} 是否为专项资金,
 *                    {@code selfScore} 自评总分 …), as printed
 * @param template    the template family the form was read with; null for forms read from extracted text
 */
public record Form(int index, String year, String project, String department, String unit, String fundingUnit,
                   List<FundingRow> funding, String expectedGoal, String actualResult,
                   List<Indicator> indicators, Total total, Span span, String projectCode,
                   Map<String, String> fields, FormTemplate template) {

    /** A form of the seed layout: no code, no further header fields, no template. */
    public Form(int index, String year, String project, String department, String unit, String fundingUnit,
                List<FundingRow> funding, String expectedGoal, String actualResult, List<Indicator> indicators,
                Total total, Span span) {
        this(index, year, project, department, unit, fundingUnit, funding, expectedGoal, actualResult, indicators,
                total, span, null, Map.of(), null);
    }

    /** The 总分 row: the weight total and the score total as printed, and a grade printed beside them (or null). */
    public record Total(Figure weight, Figure score, Span span, String grade) {
        public Total(Figure weight, Figure score, Span span) {
            this(weight, score, span, null);
        }
    }

    @JsonIgnore
    public FundingRow fundingTotal() {
        for (FundingRow row : funding) {
            if (row.isTotal()) {
                return row;
            }
        }
        return null;
    }
}
