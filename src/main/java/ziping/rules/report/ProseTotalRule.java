package ziping.rules.report;

import ziping.model.Check;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.ProseTotal;
import ziping.model.report.ScoringTable;
import ziping.rules.Rule;

/**
 * ZP408: the total stated in the report's prose ("总得分 90.08分") equals the 总计 of the scoring table.
 * Basis: the report states the result of its own 附表1 (NOTES.md §3 Report tables).
 */
public final class ProseTotalRule implements Rule<ReportAudit> {
    @Override
    public String id() {
        return "ZP408";
    }

    @Override
    public Check check() {
        return Check.TOTAL_SCORE;
    }

    @Override
    public void apply(ReportAudit audit) {
        ScoringTable table = audit.report().scoring();
        ProseTotal prose = audit.report().prose();
        if (table == null || table.totalScore() == null || prose == null) {
            return;
        }
        if (!audit.agrees(prose.score(), audit.printed(table.totalScore()))) {
            audit.report(this, Severity.ERROR, Section.TOTAL, null, prose.span(), "总得分", prose.score().raw(),
                    audit.printed(table.totalScore()), "附表1 总计", prose.score().raw(), table.totalScore().raw());
        }
    }
}
