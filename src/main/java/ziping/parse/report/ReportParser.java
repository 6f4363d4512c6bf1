package ziping.parse.report;

import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.report.FundingTableRow;
import ziping.model.report.ProseTotal;
import ziping.model.report.ScoringTable;
import ziping.model.report.SelfEvalReport;
import ziping.model.report.SpendingTable;
import ziping.source.SourceText;

import java.util.List;
import java.util.regex.Pattern;

/** Parses a 绩效自评报告 (seed 002 layout) into a {@link SelfEvalReport}; see the readers for each part. */
public final class ReportParser {
    private static final String FORM_TITLE = "项目支出绩效自评表";
    private static final String FUNDING_MARK = "资金安排情况";
    private static final String SPENDING_MARK = "资金使用情况";
    private static final String SCORING_MARK = "自评价评分";
    private static final String SCORING_HEADER = "评分标准";
    private static final Pattern HEADING = Pattern.compile("[（(][一二三四五六七八九十]+[)）].*");

    private ReportParser() {
    }

    /** A report has a funding or scoring part and no 项目支出绩效自评表 title (that is a form, not a report). */
    public static boolean looksLikeReport(SourceText text) {
        boolean marked = false;
        for (String l : text.lines()) {
            if (l.contains(FORM_TITLE)) {
                return false;
            }
            marked = marked || l.contains(FUNDING_MARK) || l.contains(SCORING_MARK);
        }
        return marked;
    }

    public static ParsedReport parse(SourceText text) {
        ProblemLog problems = new ProblemLog();
        int last = text.lines().size();
        int funding = Line.find(text, 1, FUNDING_MARK);
        int spending = Line.find(text, Math.max(funding, 1), SPENDING_MARK);
        int spendingEnd = spending < 0 ? -1 : headingAfter(text, spending);
        List<FundingTableRow> fundingRows = funding < 0 ? List.of() : new FundingTableReader(problems)
                .read(Line.nonBlank(text, funding + 1, spending < 0 ? last : spending - 1));
        SpendingTable spendingTable = spending < 0 ? null : new SpendingTableReader(problems)
                .read(Line.nonBlank(text, spending + 1, spendingEnd - 1));
        int scoringHeader = Line.find(text, Math.max(Line.find(text, 1, SCORING_MARK), 1), SCORING_HEADER);
        ScoringTable scoring = scoringHeader < 0 ? null : new ScoringTableReader(problems)
                .read(Line.nonBlank(text, scoringHeader, last));
        ProseReader prose = new ProseReader(text);
        ProseTotal total = prose.total();
        reportMissing(problems, fundingRows.isEmpty(), Section.FUNDING, FUNDING_MARK);
        reportMissing(problems, spendingTable == null, Section.SPENDING, SPENDING_MARK);
        reportMissing(problems, scoring == null, Section.SCORING, SCORING_MARK);
        reportMissing(problems, total == null, Section.TOTAL, "总得分");
        SelfEvalReport report = new SelfEvalReport(prose.project(total), prose.year(), fundingRows, spendingTable,
                scoring, total);
        return new ParsedReport(report, problems.findings());
    }

    /** The line of the next "（三）…" heading after {@code from}, or one past the last line. */
    private static int headingAfter(SourceText text, int from) {
        for (int n = from + 1; n <= text.lines().size(); n++) {
            if (HEADING.matcher(text.lines().get(n - 1).strip()).matches()) {
                return n;
            }
        }
        return text.lines().size() + 1;
    }

    private static void reportMissing(ProblemLog problems, boolean missing, Section section, String part) {
        if (missing) {
            problems.add(ProblemLog.MISSING_PART, Severity.WARNING, section, null, part, null, null, part);
        }
    }
}
