package ziping.parse.report;

import ziping.model.Figure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.model.report.FundingColumn;
import ziping.model.report.FundingTableRow;
import ziping.model.report.LineFormula;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 资金安排情况: rows such as "预算安排 (1) 912000 912000 912000 0" and
 * "资金结余 (5)=(3)-(4) 39372 39372 0 39372 0 0 0 0 0 0"; a label may wrap above its row ("资金实际支出率" / "(%)").
 */
final class FundingTableReader {
    private static final Pattern LINE_NO =
            Pattern.compile("[(（](\\d)[)）](?:=[(（](\\d)[)）]([-/])[(（](\\d)[)）])?");
    private static final Pattern PERCENT = Pattern.compile("\\s*[(（]%[)）]\\s*");
    private static final FundingColumn[] COLUMNS = FundingColumn.values();
    private static final List<FundingColumn> LEVELS =
            List.of(FundingColumn.CENTRAL, FundingColumn.CITY, FundingColumn.COUNTY, FundingColumn.TOWNSHIP);

    private final ProblemLog problems;

    FundingTableReader(ProblemLog problems) {
        this.problems = problems;
    }

    List<FundingTableRow> read(List<Line> lines) {
        List<FundingTableRow> rows = new ArrayList<>();
        List<Line> pending = new ArrayList<>();
        for (Line line : lines) {
            Matcher m = LINE_NO.matcher(line.text());
            if (!m.find()) {
                pending.add(line);
                continue;
            }
            String before = line.text().substring(0, m.start()).strip();
            List<Line> labelLines = before.isEmpty() && !rows.isEmpty() ? pending : List.of();
            String label = Cells.joinName(labelLines.stream().map(Line::text).toList()) + before;
            Span span = labelLines.isEmpty() ? line.span() : labelLines.get(0).span().to(line.span());
            rows.add(row(label, m, Cells.tokens(line.text().substring(m.end())), span, rows.size()));
            pending.clear();
        }
        return rows;
    }

    private FundingTableRow row(String printedLabel, Matcher m, List<String> values, Span span, int index) {
        boolean percent = PERCENT.matcher(printedLabel).find();
        String label = PERCENT.matcher(printedLabel).replaceAll("");
        String unit = percent ? "%" : null;
        LineFormula formula = m.group(2) == null ? null : new LineFormula(m.group(), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), m.group(3).charAt(0), Integer.parseInt(m.group(4)));
        List<Figure> figures = values.stream().map(v -> Cells.figure(v, unit)).toList();
        Map<FundingColumn, Figure> cells = new EnumMap<>(FundingColumn.class);
        List<Figure> unplaced = new ArrayList<>();
        if (figures.size() == COLUMNS.length) {
            for (int i = 0; i < COLUMNS.length; i++) {
                cells.put(COLUMNS[i], figures.get(i));
            }
        } else {
            placeSparse(figures, cells, unplaced);
            problems.add(ProblemLog.AMBIGUOUS_COLUMNS, Severity.WARNING, Section.FUNDING, index, label,
                    String.join(" ", values), span, label, figures.size(), COLUMNS.length,
                    unplaced.stream().map(Figure::raw).toList(), candidates(cells));
        }
        return new FundingTableRow(label, Integer.parseInt(m.group(1)), formula, unit, cells, unplaced, span);
    }

    /**
     * A row printing only some cells: the first value is 合计 and the second 财政资金小计; the last is 其他资金小计
     * when 合计 = 财政资金小计 + last. Values in between are left unplaced: the text does not show which of
     * 中央级/市级/区县级/乡镇级 they belong to.
     */
    private static void placeSparse(List<Figure> figures, Map<FundingColumn, Figure> cells, List<Figure> unplaced) {
        if (figures.isEmpty()) {
            return;
        }
        cells.put(FundingColumn.TOTAL, figures.get(0));
        if (figures.size() == 1) {
            return;
        }
        Figure fiscal = figures.get(1);
        Figure last = figures.get(figures.size() - 1);
        boolean lastIsOther = figures.size() >= 3 && figures.get(0).isNumber() && fiscal.isNumber() && last.isNumber()
                && figures.get(0).value().compareTo(fiscal.value().add(last.value())) == 0;
        if (!lastIsOther && figures.size() > 2) {
            unplaced.addAll(figures.subList(1, figures.size()));
            return;
        }
        cells.put(FundingColumn.FISCAL_SUBTOTAL, fiscal);
        if (lastIsOther) {
            cells.put(FundingColumn.OTHER_SUBTOTAL, last);
            unplaced.addAll(figures.subList(2, figures.size() - 1));
        }
    }

    /** The columns an unplaced value may belong to: the amount levels when 合计 and both subtotals are placed. */
    private static String candidates(Map<FundingColumn, Figure> placed) {
        List<FundingColumn> open = placed.containsKey(FundingColumn.OTHER_SUBTOTAL) ? LEVELS : List.of(COLUMNS);
        return String.join("/", open.stream().filter(c -> !placed.containsKey(c)).map(FundingColumn::label).toList());
    }
}
