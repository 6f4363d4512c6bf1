package ziping.read;

import ziping.grid.Grid;
import ziping.grid.GridRow;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Span;
import ziping.parse.ParseIssue;
import ziping.parse.ParsedForm;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads every 项目支出绩效自评表 of a grid into the typed model, whatever the source. Forms are found by their titles
 * (or their structure, see {@link FormFinder}); within a form, blocks by their header rows (funding, goals,
 * indicators) and the 总分 row by its label; columns take their roles from their header text through the
 * {@link Lexicon}, never from their position. What cannot be read becomes a parse finding of its section.
 */
public final class FormReader {
    private FormReader() {
    }

    public static List<ParsedForm> read(Grid grid) {
        return read(grid, Lexicon.builtIn());
    }

    static List<ParsedForm> read(Grid grid, Lexicon lexicon) {
        List<ParsedForm> forms = new ArrayList<>();
        for (int[] range : FormFinder.split(grid.rows(), lexicon)) {
            forms.add(readForm(forms.size() + 1, grid.rows().subList(range[0], range[1]), lexicon));
        }
        return forms;
    }

    private static ParsedForm readForm(int index, List<GridRow> rows, Lexicon lexicon) {
        ReadProblems problems = new ReadProblems();
        Span whole = new Span(rows.get(0).line(), rows.get(rows.size() - 1).line(), rows.get(0).page());
        Outline outline = Outline.of(rows, lexicon);

        HeaderFields header = HeaderFields.read(rows, outline.firstBlock(), lexicon);
        require(header.year(), "（年度）", whole, problems);
        require(header.project(), "项目名称", whole, problems);
        require(header.department(), "主管部门", whole, problems);

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

        String[] goals = outline.goals() >= 0
                ? GoalsBlock.read(rows, outline.goals(), outline.after(outline.goals()), lexicon)
                : new String[] {"", ""};

        List<Indicator> indicators = List.of();
        Form.Total total = null;
        if (outline.indicators() >= 0) {
            int end = outline.total() >= 0 ? outline.total() : outline.after(outline.indicators());
            indicators = IndicatorBlock.read(rows, outline.indicators(), end, lexicon, problems);
            if (outline.total() >= 0) {
                Columns columns = Columns.of(rows.get(outline.indicators()), lexicon.indicatorColumns(), lexicon);
                total = TotalRow.read(rows.get(outline.total()), columns, problems);
            }
        }
        if (indicators.isEmpty()) {
            problems.add(ParseIssue.MISSING_PART, Section.INDICATOR, null, null, null, whole, "绩效指标");
        }
        if (total == null) {
            problems.add(ParseIssue.MISSING_PART, Section.TOTAL, null, null, null, whole, "总分");
        }
        Form form = new Form(index, header.year(), header.project(), header.department(), header.unit(),
                fundingUnit, funding, goals[0], goals[1], indicators, total, whole);
        return new ParsedForm(form, problems.list());
    }

    private static void require(String value, String part, Span span, ReadProblems problems) {
        if (value == null) {
            problems.add(ParseIssue.MISSING_PART, Section.HEADER, null, null, null, span, part);
        }
    }
}
