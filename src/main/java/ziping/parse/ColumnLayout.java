package ziping.parse;

import ziping.model.FigureKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Converts column-aligned layout text ({@code pdftotext -layout}) into cell lines. Positions are character columns
 * of the text (a CJK character counts one). Column boundaries of each table page come from its header row (the
 * header words sit at their columns' positions); each line is cut into cells by where its words start, and the
 * physical lines of one table row are grouped by {@link RowGrouper} around the row's anchor line. Words in the two
 * leftmost character columns of a table are vertical labels (项目资金（万元）, 年度总体目标, 绩效指标), printed one or two
 * characters per line; the wrapped halves of header rows are page furniture. Lines outside the tables pass with
 * their words joined by one space; so does a whole form whose table headers lack a word their columns are placed by.
 */
final class ColumnLayout {
    private static final int MARGIN = 1;
    private static final Set<String> HEADER_FRAGMENTS = Set.of("全年预算数（", "全年执行数（", "A）", "B）", "年度指标值（",
            "实际完成值（", "偏差原因分析及改进", "措施");
    private static final String FUNDING_HEADER = "年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分";
    private static final String INDICATOR_HEADER =
            "一级指标\t二级指标\t三级指标\t年度指标值（A）\t实际完成值（B）\t分值\t得分\t偏差原因分析及改进措施";

    private final List<Line> lines;
    private final List<List<Word>> words = new ArrayList<>();
    private final List<Line> out = new ArrayList<>();

    private ColumnLayout(List<Line> lines) {
        this.lines = lines;
        lines.forEach(l -> words.add(Word.of(l.text())));
    }

    static List<Line> cellLines(List<Line> lines) {
        return new ColumnLayout(lines).convert();
    }

    private List<Line> convert() {
        int i = 0;
        while (i < lines.size()) {
            int funding = find(i, ws -> has(ws, "年初预算数"));
            int goals = find(funding + 1, ws -> has(ws, "预期目标") && has(ws, "实际完成情况"));
            int table = find(goals + 1, ws -> has(ws, "一级指标") && has(ws, "二级指标"));
            int total = find(table + 1, ws -> !withoutMargin(ws).isEmpty() && withoutMargin(ws).get(0).text()
                    .startsWith("总分"));
            if (funding < 0 || goals < 0 || table < 0 || total < 0) {
                passThrough(i, lines.size());
                break;
            }
            int start = isFurniture(funding - 1) ? funding - 1 : funding;
            passThrough(i, start);
            int converted = out.size();
            try {
                funding(funding, goals);
                goals(goals, isFurniture(table - 1) ? table - 1 : table);
                indicators(table, total);
                out.add(new Line(lines.get(total).number(), joined(withoutMargin(words.get(total)))));
            } catch (MissingHeaderWord e) {
                out.subList(converted, out.size()).clear();
                passThrough(start, total + 1);
            }
            i = total + 1;
        }
        return out;
    }

    /**
     * The 项目资金 table: a row per label (its anchor), six value columns. 年初预算数, 分值, 执行率 and 得分 are on the
     * header line, 全年预算数（ and 全年执行数（ on the wrapped line above it, where the second word is printed left of
     * its column (the CJK words before it take one character column each): values start from about their header
     * word's column, those of 全年执行数 after it. The vertical label (项目资金（万元）) is kept for its unit.
     */
    private void funding(int header, int end) {
        List<Word> h = words.get(header);
        int initial = at(h, "年初预算数");
        int budget = at(wordsAt(header - 1), "全年预算数");
        int executed = at(wordsAt(header - 1), "全年执行数");
        int weight = at(h, "分值");
        int rate = at(h, "执行率");
        int score = at(h, "得分");
        int[] bounds = {initial - 2, budget - 1, executed + 1, weight - 2, rate - 2, (rate + score) / 2};
        StringBuilder margin = new StringBuilder();
        List<Integer> anchors = new ArrayList<>();
        List<RowGrouper.Fragment> fragments = new ArrayList<>();
        for (int li = header - 1; li < end; li++) {
            for (Word w : words.get(li)) {
                if (w.column() <= MARGIN) {
                    margin.append(w.text());
                } else if (li > header && !isFurniture(li)) {
                    int column = columnOf(w.column(), bounds);
                    fragments.add(new RowGrouper.Fragment(li, column, w.text()));
                    if (column == 0 && !anchors.contains(li)) {
                        anchors.add(li);
                    }
                }
            }
        }
        out.add(new Line(lines.get(header).number(), margin + "\t" + FUNDING_HEADER));
        for (RowGrouper.Row row : RowGrouper.group(anchors, fragments, bounds.length + 1)) {
            out.add(new Line(lines.get(row.anchor()).number(), String.join("\t", row.cells())));
        }
    }

    /**
     * The two goal cells side by side: 预期目标 text starts at the left, 实际完成情况 text after it, one space or more
     * apart; a line's right part starts at its first word past the 预期目标 header.
     */
    private void goals(int header, int end) {
        List<Word> h = words.get(header);
        int split = at(h, "预期目标") + "预期目标".length() + 4;
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int li = header + 1; li < end; li++) {
            List<Word> ws = withoutMargin(words.get(li));
            int k = ws.isEmpty() || ws.get(0).column() >= split ? 0 : 1;
            while (k > 0 && k < ws.size() && ws.get(k).column() < split) {
                k++;
            }
            left.append(joined(ws.subList(0, k)));
            right.append(joined(ws.subList(k, ws.size())));
        }
        out.add(new Line(lines.get(header).number(), "\t" + joinedCells(withoutMargin(h))));
        out.add(new Line(lines.get(header).number(), "\t" + left + "\t" + right));
    }

    /** The 绩效指标 table, one page (from its repeated header) at a time, up to the 总分 line. */
    private void indicators(int first, int total) {
        List<Integer> anchors = new ArrayList<>();
        List<RowGrouper.Fragment> fragments = new ArrayList<>();
        int header = first;
        while (header >= 0 && header < total) {
            int next = find(header + 1, ws -> has(ws, "一级指标") && has(ws, "二级指标"));
            int end = next < 0 || next > total ? total : next;
            List<List<Word>> page = new ArrayList<>();
            for (int li = header + 1; li < end; li++) {
                page.add(isFurniture(li) ? List.of() : withoutMargin(words.get(li)));
            }
            IndicatorColumns columns = IndicatorColumns.of(wordsAt(header - 1), words.get(header), page);
            for (int li = header + 1; li < end; li++) {
                List<Word> ws = page.get(li - header - 1);
                int anchorAt = columns.anchorAt(ws);
                if (anchorAt >= 0) {
                    anchors.add(li);
                }
                for (int k = 0; k < ws.size(); k++) {
                    fragments.add(new RowGrouper.Fragment(li, columns.columnOf(ws, k, anchorAt), ws.get(k).text()));
                }
            }
            header = end == total ? -1 : end;
        }
        List<RowGrouper.Row> rows = RowGrouper.group(anchors, fragments, IndicatorColumns.COUNT);
        List<String> level1 = LevelBlocks.labels(rows, LevelBlocks.merge(markers(fragments)));
        out.add(new Line(lines.get(first).number(), "\t" + INDICATOR_HEADER));
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r).cells());
            boolean newBlock = r == 0 || !level1.get(r).equals(level1.get(r - 1));
            cells.set(IndicatorColumns.LEVEL1, newBlock ? level1.get(r) : "");
            out.add(new Line(lines.get(rows.get(r).anchor()).number(), "\t" + String.join("\t", cells)));
        }
    }

    /** Runs of consecutive lines with text in the 一级指标 column: one printed label each, at the run's centre. */
    private static List<LevelBlocks.Marker> markers(List<RowGrouper.Fragment> fragments) {
        List<LevelBlocks.Marker> markers = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int from = -1;
        int last = -1;
        for (RowGrouper.Fragment f : fragments) {
            if (f.column() != IndicatorColumns.LEVEL1) {
                continue;
            }
            if (last >= 0 && f.line() > last + 1) {
                markers.add(new LevelBlocks.Marker(text.toString(), (from + last) / 2.0));
                text.setLength(0);
                from = -1;
            }
            from = from < 0 ? f.line() : from;
            last = f.line();
            text.append(f.text());
        }
        if (from >= 0) {
            markers.add(new LevelBlocks.Marker(text.toString(), (from + last) / 2.0));
        }
        return markers;
    }

    private void passThrough(int from, int to) {
        for (int li = from; li < to; li++) {
            out.add(new Line(lines.get(li).number(), joined(words.get(li))));
        }
    }

    private boolean isFurniture(int li) {
        List<Word> ws = wordsAt(li);
        return !ws.isEmpty() && ws.stream().allMatch(w -> HEADER_FRAGMENTS.contains(w.text()));
    }

    private int find(int from, Predicate<List<Word>> test) {
        for (int li = Math.max(from, 0); li < lines.size(); li++) {
            if (test.test(words.get(li))) {
                return li;
            }
        }
        return -1;
    }

    static int columnOf(int column, int[] bounds) {
        int c = 0;
        while (c < bounds.length && column >= bounds[c]) {
            c++;
        }
        return c;
    }

    private static boolean has(List<Word> ws, String text) {
        return ws.stream().anyMatch(w -> w.text().equals(text));
    }

    /** Column of the first word starting with {@code prefix}. */
    static int at(List<Word> ws, String prefix) {
        return ws.stream().filter(w -> w.text().startsWith(prefix)).findFirst().map(Word::column)
                .orElseThrow(() -> new MissingHeaderWord(prefix));
    }

    private List<Word> wordsAt(int li) {
        return li >= 0 && li < words.size() ? words.get(li) : List.of();
    }

    /** A table header without one of the words its columns are placed by: the form is left as it is. */
    static final class MissingHeaderWord extends RuntimeException {
        MissingHeaderWord(String word) {
            super("header word missing: " + word);
        }
    }

    private static List<Word> withoutMargin(List<Word> ws) {
        return ws.stream().filter(w -> w.column() > MARGIN).toList();
    }

    private static String joined(List<Word> ws) {
        return String.join(" ", ws.stream().map(Word::text).toList());
    }

    private static String joinedCells(List<Word> ws) {
        return String.join("\t", ws.stream().map(Word::text).toList());
    }

    static boolean plainNumber(Word w) {
        var f = ValueParser.figure(w.text());
        return f.kind() == FigureKind.NUMBER && f.unit() == null;
    }
}
