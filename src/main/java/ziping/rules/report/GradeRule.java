package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.model.report.ProseTotal;
import ziping.model.report.ScoringTable;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.Map;

/**
 * ZP409: the grade printed under 评价等级 and the grade stated in the prose follow the total by the profile's grade
 * bands (default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差); 优秀 ≡ 优, 良好 ≡ 良, 中等/合格 ≡ 中, 不合格 ≡ 差. A total whose
 * printed interval straddles a band boundary accepts either grade. Basis: NOTES.md §3 Grade.
 */
public final class GradeRule implements Rule<ReportAudit> {
    private static final Map<String, String> SYNONYMS = Map.of("优秀", "优", "良好", "良", "中等", "中", "合格", "中",
            "不合格", "差");

    @Override
    public String id() {
        return "ZP409";
    }

    @Override
    public Check check() {
        return Check.GRADE;
    }

    @Override
    public void apply(ReportAudit audit) {
        ScoringTable table = audit.report().scoring();
        ProseTotal prose = audit.report().prose();
        Interval total = table != null && table.totalScore() != null ? audit.printed(table.totalScore())
                : prose == null ? null : audit.printed(prose.score());
        if (total == null) {
            return;
        }
        if (table != null && table.grade() != null) {
            check(audit, total, table.grade().text(), table.grade().span(), "评价等级");
        }
        if (prose != null) {
            check(audit, total, prose.grade(), prose.span(), "总得分");
        }
    }

    private void check(ReportAudit audit, Interval total, String stated, Span span, String where) {
        String grade = SYNONYMS.getOrDefault(stated, stated);
        String low = audit.profile().gradeOf(total.lo());
        String high = audit.profile().gradeOf(total.hi());
        if (!grade.equals(low) && !grade.equals(high)) {
            String expected = low.equals(high) ? low : low + "/" + high;
            audit.report(this, Severity.ERROR, Section.TOTAL, null, span, where, stated, total, "grade bands of "
                    + audit.profile().name(), where, stated, expected, total.format(ReportAudit.SHOWN_SCALE));
        }
    }
}
