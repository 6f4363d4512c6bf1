package ziping.parse;

import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Form;
import ziping.model.Section;
import ziping.source.SourceText;
import ziping.text.HanNormalizer;

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
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");
    private static final Pattern FUNDING_UNIT = Pattern.compile("项目资金\\s*[（(]([^）)]*)[）)]");
    private static final Pattern TOTAL = Pattern.compile("^总\\s*分\\s*[:：]?\\s*(\\S+)?\\s*(\\S+)?\\s*$");

    private FormParser() {
    }

    public static List<ParsedForm> parse(SourceText text) {
        List<Line> numbered = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            numbered.add(new Line(i + 1, text.lines().get(i)));
        }
        List<Line> all = CellRows.flatten(VerticalLabels.drop(TextLayout.of(numbered).toCellLines(numbered)));
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String t = all.get(i).text();
            if (t.contains("自评表") && t.replace(" ", "").equals(Labels.TITLE)) {
                starts.add(i);
            }
        }
        List<ParsedForm> forms = new ArrayList<>();
        for (int f = 0; f < starts.size(); f++) {
            int end = f + 1 < starts.size() ? starts.get(f + 1) : all.size();
            List<Line> block = all.subList(starts.get(f), end);
            forms.add(parseForm(f + 1, trimBlank(block), text));
        }
        return forms;
    }

    private static ParsedForm parseForm(int index, List<Line> lines, SourceText text) {
        Problems problems = new Problems(new Spans(text));
        int first = lines.get(0).number();
        int last = lines.get(lines.size() - 1).number();

        String year = null;
        String project = null;
        String department = null;
        String unit = null;
        int fundingAt = -1;
        int goalsAt = -1;
        int tableAt = -1;
        int totalAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            Matcher y = year == null ? YEAR.matcher(t) : null;
            if (y != null && y.find()) {
                year = y.group(1);
            } else if (project == null && t.startsWith("项目名称")) {
                project = HanNormalizer.cellText(t.substring(4));
            } else if (department == null && t.startsWith("主管部门")) {
                int u = t.indexOf("实施单位");
                department = HanNormalizer.cellText(u < 0 ? t.substring(4) : t.substring(4, u));
                unit = u < 0 ? null : HanNormalizer.cellText(t.substring(u + 4));
            } else if (fundingAt < 0 && t.startsWith("项目资金")) {
                fundingAt = i;
            } else if (goalsAt < 0 && startsIgnoringSpaces(t, "预期目标")) {
                goalsAt = i;
            } else if (tableAt < 0 && t.startsWith("一级指标")) {
                tableAt = i;
            } else if (startsIgnoringSpaces(t, "总分")) {
                totalAt = i;
            }
        }
        require(year, "（年度）", first, problems);
        require(project, "项目名称", first, problems);
        require(department, "主管部门", first, problems);

        String fundingUnit = null;
        List<ziping.model.FundingRow> funding = List.of();
        if (fundingAt >= 0) {
            fundingUnit = fundingUnit(lines, fundingAt);
            int end = goalsAt > fundingAt ? goalsAt : tableAt > fundingAt ? tableAt : lines.size();
            funding = FundingParser.parse(lines.subList(fundingAt, end), problems);
        }
        if (funding.stream().noneMatch(ziping.model.FundingRow::isTotal)) {
            problems.add(ParseIssue.MISSING_PART, Section.FUNDING, null, null, null, first, last, "年度资金总额");
        }

        String[] goals = {"", ""};
        if (goalsAt >= 0) {
            goals = GoalColumns.split(lines.subList(goalsAt + 1, tableAt > goalsAt ? tableAt : lines.size()));
        }

        List<ziping.model.Indicator> indicators = List.of();
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
        Form form = new Form(index, year, project, department, unit, fundingUnit, funding, goals[0], goals[1],
                indicators, total, problems.spans().of(first, last));
        return new ParsedForm(form, problems.list());
    }

    /** Whether {@code text} starts with {@code prefix} once spaces are ignored ("总 分" is 总分). */
    private static boolean startsIgnoringSpaces(String text, String prefix) {
        int matched = 0;
        for (int i = 0; i < text.length() && matched < prefix.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c != prefix.charAt(matched)) {
                return false;
            }
            matched++;
        }
        return matched == prefix.length();
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

    /** Lines with normalised text, without runs of one-character lines that spell a vertical label. */


    private static List<Line> trimBlank(List<Line> block) {
        int from = 0;
        int to = block.size();
        while (to > from && block.get(to - 1).isBlank()) {
            to--;
        }
        return block.subList(from, to);
    }
}
