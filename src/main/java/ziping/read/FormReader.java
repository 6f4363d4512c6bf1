package ziping.read;

import ziping.grid.Grid;
import ziping.grid.GridRow;
import ziping.model.Form;
import ziping.model.FormTemplate;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Span;
import ziping.parse.FundingParts;
import ziping.parse.ParseIssue;
import ziping.parse.ParsedForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads every 项目支出绩效自评表 of a grid into the typed model, whatever the source. Forms are found by their titles
 * (or their structure, see {@link FormFinder}); each form is matched to a template family ({@link Templates}) and
 * read with its words, or with the general {@link Lexicon} where no family fits; within a form, blocks are found by
 * their header rows (funding, goals, indicators) and the 总分 row by its label; columns take their roles from their
 * header text, never from their position. What cannot be read becomes a parse finding of its section.
 */
public final class FormReader {
    private FormReader() {
    }

    public static List<ParsedForm> read(Grid grid) {
        return read(grid, Templates.builtIn());
    }

    public static List<ParsedForm> read(Grid grid, Templates templates) {
        List<ParsedForm> forms = new ArrayList<>();
        for (int[] range : FormFinder.split(grid.rows(), templates.finder())) {
            List<GridRow> rows = grid.rows().subList(range[0], range[1]);
            forms.add(readForm(forms.size() + 1, rows, templates.match(rows)));
        }
        return forms;
    }

    private static ParsedForm readForm(int index, List<GridRow> rows, Template template) {
        Lexicon lexicon = template == null ? Lexicon.builtIn() : template.lexicon();
        ReadProblems problems = new ReadProblems();
        Span whole = new Span(rows.get(0).line(), rows.get(rows.size() - 1).line(), rows.get(0).page());
        Outline outline = Outline.of(rows, lexicon);

        HeaderFields header = HeaderFields.read(headerRows(rows, outline), lexicon);
        Set<String> expected = template == null ? Set.of("project", "department") : template.ownHeaderFields();
        require(header.year(), "（年度）", whole, problems);
        require(header.project(), "项目名称", whole, problems);
        if (expected.contains("department")) {
            require(header.department(), "主管部门", whole, problems);
        }
        String project = header.project();
        String projectCode = null;
        if (project != null && template != null && template.projectCode() != null) {
            Matcher m = template.projectCode().matcher(project);
            if (m.matches()) {
                projectCode = m.group(1);
                project = m.group(2);
            }
        }

        List<FundingRow> funding = List.of();
        String fundingUnit = null;
        if (outline.funding() >= 0) {
            FundingBlock.Read read = FundingBlock.read(rows, outline.funding(), outline.after(outline.funding()),
                    lexicon, problems);
            funding = read.rows();
            fundingUnit = read.unit();
        }
        if (funding.stream().noneMatch(FundingRow::isTotal)) {
            problems.add(ParseIssue.MISSING_PART, Section.FUNDING, null, null, null, whole, "年度资金总额");
        }
        if (FundingParts.losesFiscalRow(funding)) {
            problems.add(ParseIssue.MISSING_PART, Section.FUNDING, null, null, null, whole, FundingParts.FISCAL_ROW);
        }

        String[] goals = outline.goals() >= 0
                ? GoalsBlock.read(rows, outline.goals(), outline.after(outline.goals()), lexicon, problems)
                : new String[] {"", ""};

        List<Indicator> indicators = List.of();
        Form.Total total = null;
        if (outline.indicators() >= 0) {
            int end = outline.total() >= 0 ? outline.total() : outline.after(outline.indicators());
            indicators = IndicatorBlock.read(rows, outline.indicators(), end, lexicon, template, problems);
            if (outline.total() >= 0) {
                Columns columns = Columns.of(rows.get(outline.indicators()), lexicon.indicatorColumns());
                total = TotalRow.read(rows.get(outline.total()), columns, problems);
            }
        }
        if (indicators.isEmpty()) {
            problems.add(ParseIssue.MISSING_PART, Section.INDICATOR, null, null, null, whole, "绩效指标");
        }
        boolean scored = template == null || template.scoring() == null || template.scoring().scored();
        if (total == null && scored) {
            problems.add(ParseIssue.MISSING_PART, Section.TOTAL, null, null, null, whole, "总分");
        }
        FormTemplate ref = template == null ? new FormTemplate(FormTemplate.GENERAL, null, null) : template.ref();
        Form form = new Form(index, header.year(), project, header.department(), header.unit(), fundingUnit,
                funding, goals[0], goals[1], indicators, total, whole, projectCode, header.others(), ref);
        return new ParsedForm(form, problems.list());
    }

    /**
     * The rows that may hold header fields: those above the first block, and those below the 总分 row (项目负责人 and
     * 财务负责人 are signed there on some forms).
     */
    private static List<GridRow> headerRows(List<GridRow> rows, Outline outline) {
        List<GridRow> header = new ArrayList<>(rows.subList(0, outline.firstBlock()));
        if (outline.total() >= 0) {
            header.addAll(rows.subList(outline.total() + 1, rows.size()));
        }
        return header;
    }

    private static void require(String value, String part, Span span, ReadProblems problems) {
        if (value == null) {
            problems.add(ParseIssue.MISSING_PART, Section.HEADER, null, null, null, span, part);
        }
    }
}
