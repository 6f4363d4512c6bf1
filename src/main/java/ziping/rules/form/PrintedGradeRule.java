package ziping.rules.form;

import ziping.model.Check;
import ziping.model.Form;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.rules.FormAudit;
import ziping.rules.Interval;
import ziping.rules.Rule;

import java.util.Map;
import java.util.Set;

/**
 * ZP304 grade. Basis: a grade printed beside the total (CN-A/YN {@code 总分 100 96.41 优}, HB-20 自评等级) follows the
 * printed total by the grade bounds of the form's family or profile (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差; 优秀 ≡ 优,
 * 良好 ≡ 良, 合格 ≡ 中). A total whose interval straddles a bound accepts either grade.
 */
public final class PrintedGradeRule implements Rule<FormAudit> {
    private static final Map<String, String> SYNONYMS = Map.of("优秀", "优", "良好", "良", "合格", "中", "较差", "差",
            "不合格", "差");

    @Override
    public String id() {
        return "ZP304";
    }

    @Override
    public Check check() {
        return Check.GRADE;
    }

    @Override
    public Set<Section> inputs() {
        return Set.of(Section.TOTAL);
    }

    @Override
    public void apply(FormAudit audit) {
        Form.Total total = audit.form().total();
        Interval score = total == null ? null : audit.printed(total.score());
        if (score == null || total.grade() == null) {
            return;
        }
        String printed = SYNONYMS.getOrDefault(total.grade(), total.grade());
        String low = audit.profile().gradeOf(score.lo());
        String high = audit.profile().gradeOf(score.hi());
        if (!printed.equals(low) && !printed.equals(high)) {
            audit.report(this, Severity.ERROR, Section.TOTAL, null, total.span())
                    .label("总分")
                    .stated(total.grade())
                    .computed(high)
                    .formula("等级(" + total.score().raw() + ")")
                    .message("rule.ZP304", total.grade(), total.score().raw(), high);
        }
    }
}
