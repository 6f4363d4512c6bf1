package ziping.parse.report;

import ziping.model.Figure;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.model.report.SpendingItem;
import ziping.model.report.SpendingTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 资金使用情况: a header naming the columns and the unit, a 合计 row, then one row per spending item. A long
 * item name wraps over lines above its amounts; when a row is cut by a page break, the amounts stand beside the first
 * part of the name and its tail follows on the next page ("…大屏显示 82500 82500" / "控制系统维修费").
 */
final class SpendingTableReader {
    private static final String TOTAL = "合计";
    private static final Pattern UNIT = Pattern.compile("单位[：:]\\s*([^）)\\s]+)");

    private final ProblemLog problems;

    SpendingTableReader(ProblemLog problems) {
        this.problems = problems;
    }

    SpendingTable read(List<Line> lines) {
        int totalAt = indexOfTotalRow(lines);
        if (totalAt < 0) {
            return null;
        }
        List<String> columns = columns(lines.subList(0, totalAt));
        SpendingItem total = item(List.of(), lines.get(totalAt));
        List<Line> body = lines.subList(totalAt + 1, lines.size());
        List<SpendingItem> items = items(body);
        if (total.amounts().size() > columns.size()) {
            problems.add(ProblemLog.AMBIGUOUS_COLUMNS, Severity.WARNING, Section.SPENDING, null, TOTAL,
                    total.amounts().stream().map(Figure::raw).toList().toString(), total.span(), TOTAL,
                    total.amounts().size(), columns.size(), total.amounts().subList(columns.size(),
                            total.amounts().size()).stream().map(Figure::raw).toList(), headerNames(lines, totalAt));
        }
        return new SpendingTable(columns, unit(lines.subList(0, totalAt)), total, items);
    }

    private static int indexOfTotalRow(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<String> t = Cells.tokens(lines.get(i).text());
            if (t.size() > 1 && t.get(0).equals(TOTAL) && Cells.isNumber(t.get(1))) {
                return i;
            }
        }
        return -1;
    }

    /** The column names: the header line that starts with 合计. */
    private static List<String> columns(List<Line> header) {
        return header.stream().map(l -> Cells.tokens(l.text())).filter(t -> t.get(0).equals(TOTAL)).findFirst()
                .orElse(List.of(TOTAL));
    }

    /** Header lines other than the column line and the table's title cells, e.g. 财政资金专款专用数. */
    private static String headerNames(List<Line> lines, int totalAt) {
        return String.join("/", lines.subList(0, totalAt).stream().map(Line::text)
                .filter(t -> !t.startsWith(TOTAL) && !t.contains("单位") && !t.contains("内容")).toList());
    }

    private static String unit(List<Line> header) {
        for (Line l : header) {
            Matcher m = UNIT.matcher(l.text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private List<SpendingItem> items(List<Line> body) {
        int fullWidth = body.stream().filter(l -> amountCount(l) == 0).mapToInt(l -> width(l.text())).max()
                .orElse(0);
        List<SpendingItem> items = new ArrayList<>();
        List<Line> pending = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            if (amountCount(line) > 0) {
                items.add(item(pending, line));
                pending.clear();
            } else if (pending.isEmpty() && !items.isEmpty() && continuesPrevious(items, line, body, i, fullWidth)) {
                SpendingItem last = items.remove(items.size() - 1);
                items.add(new SpendingItem(Cells.joinName(List.of(last.name(), line.text())), last.amounts(),
                        last.span().to(line.span())));
            } else {
                pending.add(line);
            }
        }
        if (!pending.isEmpty()) {
            Span span = pending.get(0).span().to(pending.get(pending.size() - 1).span());
            String text = Cells.joinName(pending.stream().map(Line::text).toList());
            problems.add(ProblemLog.UNPLACED, Severity.WARNING, Section.SPENDING, null, null, text, span, text);
        }
        return items;
    }

    /**
     * A short text line with no amounts, right after an item whose name filled the cell's width and followed by
     * another name line rather than amounts, is the tail of that item's name cut off by a page break.
     */
    private static boolean continuesPrevious(List<SpendingItem> items, Line line, List<Line> body, int i,
                                             int fullWidth) {
        SpendingItem last = items.get(items.size() - 1);
        String lastFragment = lineText(last, body);
        boolean lastWasFull = width(lastFragment) >= fullWidth - 2;
        boolean isShort = width(line.text()) < fullWidth - 2;
        boolean nextIsName = i + 1 < body.size() && amountCount(body.get(i + 1)) == 0;
        return lastWasFull && isShort && nextIsName;
    }

    /** The name text printed on the line that carries the item's amounts. */
    private static String lineText(SpendingItem item, List<Line> body) {
        Line amounts = body.stream().filter(l -> l.number() == item.span().lastLine()).findFirst().orElseThrow();
        List<String> t = Cells.tokens(amounts.text());
        return String.join("", t.subList(0, t.size() - amountCount(amounts)));
    }

    private static SpendingItem item(List<Line> nameLines, Line amountLine) {
        List<String> t = Cells.tokens(amountLine.text());
        int n = amountCount(amountLine);
        List<String> name = new ArrayList<>(nameLines.stream().map(Line::text).toList());
        name.add(String.join(" ", t.subList(0, t.size() - n)));
        List<Figure> amounts = t.subList(t.size() - n, t.size()).stream().map(v -> Cells.figure(v, null)).toList();
        Span span = nameLines.isEmpty() ? amountLine.span() : nameLines.get(0).span().to(amountLine.span());
        return new SpendingItem(Cells.joinName(name), amounts, span);
    }

    /** How many tokens at the end of the line are plain numbers. */
    private static int amountCount(Line line) {
        List<String> t = Cells.tokens(line.text());
        int n = 0;
        while (n < t.size() && Cells.isNumber(t.get(t.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    /** Display width: Han and full-width characters count 2, others 1. */
    private static int width(String s) {
        return s.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }
}
