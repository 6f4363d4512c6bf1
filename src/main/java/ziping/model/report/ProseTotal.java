package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Span;

/** The result stated in the report's prose: "总得分 90.08分，属于"优秀"". */
public record ProseTotal(Figure score, String grade, Span span) {
}
