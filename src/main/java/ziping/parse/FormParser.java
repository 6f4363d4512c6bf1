package ziping.parse;

import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into 项目支出绩效自评表 forms (each starts at its title line) and parses each into the typed model.
 * Vertical labels printed one character per line (年\n度\n总\n体\n目\n标, 续\n上\n页) are dropped first; the indicator
 * header row is dropped wherever it repeats.
 */
public final class FormParser {
    private static final Pattern FUNDING_UNIT = Pattern.compile("项目资金\\s*[（(]([^）)]*)[）)]");
    private static final Pattern TOTAL = Pattern.compile("^总\\s*分\\s*[:：]?\\s*(\\S+)?\\s*(\\S+)?\\s*$");

    private FormParser() {
    }

    public static List<ParsedForm> parse(SourceText text) {
        List<Line> numbered = numbered(text.lines());
        TextLayout layout = TextLayout.of(numbered, text.marks());
        List<Line> dropped = VerticalLabels.drop(layout.toCellLines(numbered));
        List<Line> all = layout.hasCells() ? CellRows.flatten(dropped) : dropped;
        List<Integer> starts = titleLines(all);
        List<ParsedForm> forms = new ArrayList<>();
        for (int f = 0; f < starts.size(); f++) {
            int end = f + 1 < starts.size() ? starts.get(f + 1) : all.size();
            List<Line> block = all.subList(starts.get(f), end);
            forms.add(parseForm(f + 1, trimBlank(block), text));
        }
        return forms;
    }

    private static List<Line> numbered(List<String> texts) {
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Line(i + 1, texts.get(i)));
        }
        return lines;
    }

    /** Indexes of the title lines, where forms start. */
    private static List<Integer> titleLines(List<Line> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (mayBeTitle(t) && t.replace(" ", "").equals(Labels.TITLE)) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * Whether the line's first and last characters other than spaces are the title's: two looks at a line, where
     * searching it for 自评表 scanned every line of every input.
     */
    private static boolean mayBeTitle(String t) {
        int first = 0;
        while (first < t.length() && t.charAt(first) == ' ') {
            first++;
        }
        int last = t.length() - 1;
        while (last > first && t.charAt(last) == ' ') {
            last--;
        }
        return last > first && t.charAt(first) == Labels.TITLE.charAt(0)
                && t.charAt(last) == Labels.TITLE.charAt(Labels.TITLE.length() - 1);
    }

    private static ParsedForm parseForm(int index, List<Line> lines, SourceText text) {
        Problems problems = new Problems(new Spans(text));
        int first = lines.get(0).number();
        int last = lines.get(lines.size() - 1).number();

        FormOutline outline = FormOutline.of(lines);
        int fundingAt = outline.fundingAt();
        int goalsAt = outline.goalsAt();
        int tableAt = outline.tableAt();
        int totalAt = outline.totalAt();
        require(outline.year(), "（年度）", first, problems);
        require(outline.project(), "项目名称", first, problems);
        require(outline.department(), "主管部门", first, problems);

        String fundingUnit = null;
        List<FundingRow> funding = List.of();
        if (fundingAt >= 0) {
            fundingUnit = fundingUnit(lines, fundingAt);
            int end = goalsAt > fundingAt ? goalsAt : tableAt > fundingAt ? tableAt : lines.size();
            funding = FundingParser.parse(lines.subList(fundingAt, end), problems);
        }
        if (!hasTotal(funding)) {
            problems.add(ParseIssue.MISSING_PART, Section.FUNDING, null, null, null, first, last, "年度资金总额");
        }
        if (FundingParts.losesFiscalRow(funding)) {
            problems.add(ParseIssue.MISSING_PART, Section.FUNDING, null, null, null, first, last,
                    FundingParts.FISCAL_ROW);
        }

        String[] goals = {"", ""};
        if (goalsAt >= 0) {
            List<Line> goalLines = lines.subList(goalsAt + 1, tableAt > goalsAt ? tableAt : lines.size());
            goals = GoalColumns.split(goalLines);
            if (goals == null) {
                goals = new String[2];
                problems.addVariant(ParseIssue.TEXT_IN_DOUBT, "goals", Section.HEADER, null, "年度总体目标", null,
                        goalLines.get(0).number(), goalLines.get(goalLines.size() - 1).number());
            }
        }

        List<Indicator> indicators = List.of();
        if (tableAt >= 0) {
            int end = totalAt > tableAt ? totalAt : lines.size();
            indicators = IndicatorTableParser.parse(withoutHeaders(lines.subList(tableAt, end)), problems);
        }
        if (indicators.isEmpty()) {
            problems.add(ParseIssue.MISSING_PART, Section.INDICATOR, null, null, null, first, last, "绩效指标");
        }

        Form.Total total = null;
        if (totalAt >= 0) {
            total = total(lines.get(totalAt), problems);
        } else {
            problems.add(ParseIssue.MISSING_PART, Section.TOTAL, null, null, null, first, last, "总分");
        }
        Form form = new Form(index, outline.year(), outline.project(), outline.department(), outline.unit(),
                fundingUnit, funding, goals[0], goals[1], indicators, total, problems.spans().of(first, last));
        return new ParsedForm(form, problems.list());
    }

    private static boolean hasTotal(List<FundingRow> funding) {
        for (FundingRow row : funding) {
            if (row.isTotal()) {
                return true;
            }
        }
        return false;
    }

    private static void require(String value, String part, int line, Problems problems) {
        if (value == null) {
            problems.add(ParseIssue.MISSING_PART, Section.HEADER, null, null, null, line, line, part);
        }
    }

    /** The unit in brackets after 项目资金, which may wrap: "项目资金 （万" / "元）". */
    private static String fundingUnit(List<Line> lines, int at) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < Math.min(at + 3, lines.size()); i++) {
            sb.append(lines.get(i).text().replace(" ", ""));
            Matcher m = FUNDING_UNIT.matcher(sb);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }


    private static Form.Total total(Line line, Problems problems) {
        Matcher m = TOTAL.matcher(line.text());
        String w = m.matches() && m.group(1) != null ? m.group(1) : "";
        String s = m.matches() && m.group(2) != null ? m.group(2) : "";
        Figure weight = ValueParser.figure(w);
        Figure score = ValueParser.figure(s);
        for (Figure f : new Figure[] {weight, score}) {
            if (f.kind() == FigureKind.UNREADABLE || f.kind() == FigureKind.EMPTY) {
                problems.add(ParseIssue.UNREADABLE_CELL, Section.TOTAL, 0, "总分", line.text(), line.number(),
                        line.number(), "总分", f.raw());
            }
        }
        return new Form.Total(weight, score, problems.spans().of(line.number(), line.number()));
    }

    /** Drops the indicator header (一级指标 … 偏差原因分析及改进措施, wrapped over several lines) wherever it appears. */
    private static List<Line> withoutHeaders(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).text().startsWith("一级指标")) {
                StringBuilder header = new StringBuilder();
                int j = i;
                while (j < lines.size() && j < i + 14 && !header.toString().endsWith("措施")) {
                    header.append(lines.get(j).text().replace(" ", ""));
                    j++;
                }
                i = header.toString().endsWith("措施") ? j : i + 1;
                continue;
            }
            out.add(lines.get(i));
            i++;
        }
        return out;
    }

    private static List<Line> trimBlank(List<Line> block) {
        int from = 0;
        int to = block.size();
        while (to > from && block.get(to - 1).isBlank()) {
            to--;
        }
        return block.subList(from, to);
    }
}
