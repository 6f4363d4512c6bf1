package ziping.parse.report;

import ziping.model.Figure;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.model.report.PlacedFigure;
import ziping.model.report.ScoredIndicator;
import ziping.model.report.ScoringGroup;
import ziping.model.report.ScoringTable;
import ziping.model.report.Subtotal;
import ziping.model.report.TextValue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 附表1 自评价评分表 line by line. What the extractor printed, in order: a 一级指标 name (possibly wrapped,
 * "投入和管" / "理目标") and its weight; sub-group weights on their own lines ("5.46") before the rows they cover;
 * rows "name 权重 目标值 业绩值 评分结果" (a wrapped name stands on the lines above "4.44 48 72 3.0"), or
 * "name 权重 目标值" followed by a qualitative 业绩值 over several lines and the score alone on a line; then the
 * 评分标准 text. Lone zeros (复核 columns, as far as the text shows) cannot be placed and are kept apart.
 */
final class ScoringTableReader {
    private static final String GROUP_SUFFIX = "目标";
    private static final String TOTAL = "总计";
    private static final String GRADE = "评价等级";
    /** Header cells printed after the 权重 … 评分标准 header line. */
    private static final List<String> HEADER_CELLS = List.of("数据来源", "及支持材", "料（附件）", "复核", "业绩", "值",
            "得分", "说明");
    private static final Pattern ROW = Pattern.compile("(\\S+)\\s+(\\d+(?:\\.\\d+)?)(?:\\s+(.+))?");
    private static final Pattern NOT_IN_NAME = Pattern.compile("[\\d，。；;%：:]");

    private final ProblemLog problems;
    private final List<ScoringGroup> groups = new ArrayList<>();
    private final List<PlacedFigure> unplaced = new ArrayList<>();
    private final List<Line> buffer = new ArrayList<>();
    private GroupBuilder group;
    private RowBuilder row;

    ScoringTableReader(ProblemLog problems) {
        this.problems = problems;
    }

    /** @param lines the non-blank lines from the table's header line (权重 目标值 …) to the end of the text */
    ScoringTable read(List<Line> lines) {
        int i = 1;
        while (i < lines.size() && HEADER_CELLS.contains(lines.get(i).text())) {
            i++;
        }
        Line totalLine = null;
        Line gradeLine = null;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text().startsWith(TOTAL)) {
                totalLine = line;
                gradeLine = i + 1 < lines.size() && lines.get(i + 1).text().startsWith(GRADE) ? lines.get(i + 1) : null;
                break;
            }
            accept(line);
        }
        closeGroup();
        return total(totalLine, gradeLine);
    }

    private ScoringTable total(Line totalLine, Line gradeLine) {
        Figure weight = null;
        Figure score = null;
        if (totalLine != null) {
            List<String> t = Cells.tokens(totalLine.text().substring(TOTAL.length()));
            weight = t.size() > 0 && Cells.isNumber(t.get(0)) ? Cells.figure(t.get(0), null) : null;
            score = t.size() > 1 && Cells.isNumber(t.get(1)) ? Cells.figure(t.get(1), null) : null;
        }
        TextValue grade = null;
        if (gradeLine != null) {
            List<String> words = new ArrayList<>();
            for (String t : Cells.tokens(gradeLine.text().substring(GRADE.length()))) {
                if (Cells.isNumber(t)) {
                    unplaced.add(new PlacedFigure(Cells.figure(t, null), gradeLine.span()));
                } else {
                    words.add(t);
                }
            }
            grade = words.isEmpty() ? null : new TextValue(String.join("", words), gradeLine.span());
        }
        if (!unplaced.isEmpty()) {
            Span span = unplaced.get(0).span().to(unplaced.get(unplaced.size() - 1).span());
            problems.add(ProblemLog.UNPLACED, Severity.INFO, Section.SCORING, null, null,
                    unplaced.stream().map(p -> p.figure().raw()).toList().toString(), span,
                    unplaced.stream().map(p -> p.figure().raw() + "@" + p.span().firstLine()).toList());
        }
        return new ScoringTable(List.copyOf(groups), weight, score, totalLine == null ? null : totalLine.span(),
                grade, List.copyOf(unplaced));
    }

    private void accept(Line line) {
        List<String> tokens = Cells.tokens(line.text());
        Matcher m = ROW.matcher(line.text());
        if (m.matches() && isName(m.group(1))) {
            if (m.group(3) == null) {
                startGroup(List.of(new Line(line.number(), m.group(1))), Cells.figure(m.group(2), null));
            } else {
                startRow(List.of(new Line(line.number(), m.group(1))), m.group(2), Cells.tokens(m.group(3)), line);
            }
        } else if (tokens.size() == 4 && Cells.isNumber(tokens.get(0)) && Cells.isNumber(tokens.get(3))
                && !nameRun().isEmpty()) {
            List<Line> name = nameRun();
            buffer.subList(buffer.size() - name.size(), buffer.size()).clear();
            startRow(name, tokens.get(0), tokens.subList(1, 4), line);
        } else if (Cells.allNumbers(tokens)) {
            numbers(tokens, line);
        } else {
            buffer.add(line);
        }
    }

    private void numbers(List<String> tokens, Line line) {
        List<Line> name = nameRun();
        if (tokens.size() == 1 && !name.isEmpty() && Cells.joinName(texts(name)).endsWith(GROUP_SUFFIX)) {
            buffer.subList(buffer.size() - name.size(), buffer.size()).clear();
            startGroup(name, Cells.figure(tokens.get(0), null));
        } else if (tokens.size() == 1 && row != null && row.score == null) {
            row.actualLines.addAll(buffer);
            buffer.clear();
            row.score = Cells.figure(tokens.get(0), null);
            row.last = line;
        } else {
            closeRow();
            for (String t : tokens) {
                Figure f = Cells.figure(t, null);
                if (f.value().signum() == 0 || group == null) {
                    unplaced.add(new PlacedFigure(f, line.span()));
                } else {
                    group.subtotals.add(new SubtotalStart(f, group.rows.size(), line.span()));
                }
            }
        }
    }

    /** The lines at the end of the buffer that can be part of a name: no digits, no sentence punctuation. */
    private List<Line> nameRun() {
        int from = buffer.size();
        while (from > 0 && isName(buffer.get(from - 1).text())) {
            from--;
        }
        return List.copyOf(buffer.subList(from, buffer.size()));
    }

    private static boolean isName(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !NOT_IN_NAME.matcher(text).find();
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    private void startGroup(List<Line> name, Figure weight) {
        closeGroup();
        group = new GroupBuilder(Cells.joinName(texts(name)), weight, name.get(0).span());
    }

    private void startRow(List<Line> name, String weight, List<String> cells, Line line) {
        closeRow();
        row = new RowBuilder(Cells.joinName(texts(name)), Cells.figure(weight, null), name.get(0), line);
        row.target = Cells.measure(cells.get(0));
        if (cells.size() > 1) {
            row.actual = Cells.measure(cells.get(1));
        }
        if (cells.size() > 2 && Cells.isNumber(cells.get(2))) {
            row.score = Cells.figure(cells.get(2), null);
        }
    }

    /** Ends the current row: buffered text is its 评分标准. */
    private void closeRow() {
        if (row == null) {
            if (!buffer.isEmpty() && group != null) {
                unplacedText();
            }
            buffer.clear();
            return;
        }
        if (!buffer.isEmpty()) {
            row.standardLines.addAll(buffer);
            buffer.clear();
        }
        if (group == null) {
            problems.add(ProblemLog.UNPLACED, Severity.WARNING, Section.SCORING, null, row.name, row.name,
                    row.first.span(), row.name);
        } else {
            group.rows.add(row.build());
        }
        row = null;
    }

    private void unplacedText() {
        Span span = buffer.get(0).span().to(buffer.get(buffer.size() - 1).span());
        String text = String.join("", texts(buffer));
        problems.add(ProblemLog.UNPLACED, Severity.WARNING, Section.SCORING, null, null, text, span, text);
    }

    private void closeGroup() {
        closeRow();
        if (group != null) {
            groups.add(group.build());
            group = null;
        }
    }

    private record SubtotalStart(Figure weight, int first, Span span) {
    }

    private static final class GroupBuilder {
        final String name;
        final Figure weight;
        final Span first;
        final List<SubtotalStart> subtotals = new ArrayList<>();
        final List<ScoredIndicator> rows = new ArrayList<>();

        GroupBuilder(String name, Figure weight, Span first) {
            this.name = name;
            this.weight = weight;
            this.first = first;
        }

        ScoringGroup build() {
            List<Subtotal> subs = new ArrayList<>();
            for (int k = 0; k < subtotals.size(); k++) {
                SubtotalStart s = subtotals.get(k);
                int end = k + 1 < subtotals.size() ? subtotals.get(k + 1).first() : rows.size();
                subs.add(new Subtotal(s.weight(), s.first(), end - s.first(), s.span()));
            }
            Span span = rows.isEmpty() ? first : first.to(rows.get(rows.size() - 1).span());
            return new ScoringGroup(name, weight, subs, List.copyOf(rows), span);
        }
    }

    private static final class RowBuilder {
        final String name;
        final Figure weight;
        final Line first;
        final List<Line> actualLines = new ArrayList<>();
        final List<Line> standardLines = new ArrayList<>();
        Line last;
        Measure target;
        Measure actual;
        Figure score;

        RowBuilder(String name, Figure weight, Line first, Line last) {
            this.name = name;
            this.weight = weight;
            this.first = first;
            this.last = last;
        }

        ScoredIndicator build() {
            if (actual == null && !actualLines.isEmpty()) {
                actual = Cells.qualitative(String.join("", texts(actualLines)));
            }
            TextValue standard = standardLines.isEmpty() ? null : new TextValue(
                    String.join("", texts(standardLines)),
                    standardLines.get(0).span().to(standardLines.get(standardLines.size() - 1).span()));
            Span span = first.span().to(last.span());
            if (standard != null) {
                span = span.to(standard.span());
            }
            return new ScoredIndicator(name, weight, target, actual == null ? empty() : actual, score, standard,
                    span);
        }

        private static Measure empty() {
            return new Measure("", MeasureKind.EMPTY, null, null, null, null);
        }
    }
}
