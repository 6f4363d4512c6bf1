package ziping.parse;

import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Section;

import java.util.ArrayList;
import java.util.List;

/** Reads the 项目资金 block: 年度资金总额 and its 其中 rows, six cells each. */
final class FundingParser {
    private static final List<String> LABELS = List.of(FundingRow.TOTAL_LABEL, "当年财政拨款", "上年结转资金", "其他资金");
    private static final String WHERE_OF = "其中";
    private static final String[] COLUMNS = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};

    private FundingParser() {
    }

    static List<FundingRow> parse(List<Line> lines, Problems problems) {
        List<FundingRow> rows = new ArrayList<>();
        for (int at = 0; at < lines.size(); at++) {
            Line line = lines.get(at);
            String label = labelOf(line);
            if (label == null) {
                continue;
            }
            String text = withoutWhereOf(line.text());
            List<String> cells = cells(text.substring(label.length()));
            int last = at;
            while (cells.size() < COLUMNS.length && last + 1 < lines.size() && labelOf(lines.get(last + 1)) == null
                    && continuesRow(lines.get(last + 1))) {
                last++;
                appendWrapped(cells, cells(lines.get(last).text()));
            }
            rows.add(row(label, cells, line, lines.get(last), rows.size(), problems));
        }
        return rows;
    }

    private static FundingRow row(String label, List<String> cells, Line first, Line last, int row,
                                  Problems problems) {
        if (cells.size() != COLUMNS.length) {
            problems.add(ParseIssue.CELL_COUNT, Section.FUNDING, row, label, first.text(), first.number(),
                    last.number(), COLUMNS.length, cells.size());
        }
        Figure[] f = new Figure[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            f[i] = i < cells.size() ? ValueParser.figure(cells.get(i)) : Figure.of("", FigureKind.EMPTY);
            if (f[i].kind() == FigureKind.UNREADABLE) {
                problems.add(ParseIssue.UNREADABLE_CELL, Section.FUNDING, row, label + " " + COLUMNS[i],
                        f[i].raw(), first.number(), last.number(), COLUMNS[i], f[i].raw());
            }
        }
        return new FundingRow(label, FundingRole.ofSeedLabel(label), f[0], f[1], f[2], f[3], f[4], f[5],
                problems.spans().of(first.number(), last.number()));
    }

    private static String labelOf(Line line) {
        String text = withoutWhereOf(line.text());
        for (String label : LABELS) {
            if (text.startsWith(label)) {
                return label;
            }
        }
        return null;
    }

    /** The text after a leading 其中： (spaces around the colon allowed), or the text as it is. */
    private static String withoutWhereOf(String text) {
        if (!text.startsWith(WHERE_OF)) {
            return text;
        }
        int colon = Pieces.skipSpaces(text, WHERE_OF.length());
        if (colon == text.length() || text.charAt(colon) != ':' && text.charAt(colon) != '：') {
            return text;
        }
        return text.substring(Pieces.skipSpaces(text, colon + 1));
    }

    /** The cells of a line, in a list the caller may extend. */
    private static List<String> cells(String text) {
        return Pieces.of(text.trim());
    }

    /** A line that only holds cells wrapped from the row above ("%" of "100.00%", then 得分), not text. */
    private static boolean continuesRow(Line line) {
        List<String> cells = cells(line.text());
        if (cells.isEmpty()) {
            return false;
        }
        for (String c : cells) {
            if (!c.startsWith("%") && ValueParser.figure(c).kind() == FigureKind.UNREADABLE) {
                return false;
            }
        }
        return true;
    }

    /** Appends cells of a wrapped line; a cell starting with "%" finishes the number before it. */
    private static void appendWrapped(List<String> cells, List<String> more) {
        for (String cell : more) {
            if (cell.startsWith("%") && !cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + "%");
                if (cell.length() > 1) {
                    cells.add(cell.substring(1));
                }
            } else {
                cells.add(cell);
            }
        }
    }
}
