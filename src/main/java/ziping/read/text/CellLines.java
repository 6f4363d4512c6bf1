package ziping.read.text;

import ziping.model.FigureKind;
import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text with one cell a line, as a browser copies a table: each cell is a line followed by a blank line, an empty
 * cell a line of a non-breaking space, and nothing marks where a row ends. Rows are rebuilt from the blocks' header
 * rows (a run of header cells) and the kind of each cell: a funding row is its label cells then one cell per value
 * column; the goals row one cell per goal column; indicator rows are the division of the cells between the header
 * and the 总分 cell into rows of the header's value columns (name to reason) preceded by up to the label columns,
 * chosen as the division whose cells fit their columns best (分值 and 得分 numbers, labels that read as labels).
 * Other cells are lines outside tables, a header field label with the cell after it a row.
 */
final class CellLines {
    /** A label cell is a short text ending in 指标 (产出指标, 数量指标 …). */
    private static final int LABEL_LENGTH = 12;
    /** A header cell is short; a long text that contains a header word is body text. */
    private static final int HEADER_LENGTH = 20;
    private static final double MISFIT = 10;
    /** Non-blank lines not followed by a blank one: at most this share of them in copied cells. */
    private static final double UNSEPARATED_SHARE = 0.05;

    private final List<Cell> cells;
    private final List<TextRow> rows = new ArrayList<>();

    private record Cell(String text, int line) {
    }

    private CellLines(List<Cell> cells) {
        this.cells = cells;
    }

    /**
     * Whether every non-blank line but a few is followed by a blank line and an indicator header is a run of cells.
     * Most text is not: it stops at the first few non-blank lines followed by another, more than a share of all lines.
     */
    static boolean recognises(SourceText text) {
        List<String> lines = text.lines();
        double mostUnseparated = lines.size() * UNSEPARATED_SHARE;
        int cellsSeen = 0;
        int separated = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                cellsSeen++;
                if (i + 1 == lines.size() || lines.get(i + 1).isEmpty()) {
                    separated++;
                } else if (cellsSeen - separated > mostUnseparated) {
                    return false;
                }
            }
        }
        if (cellsSeen < 20 || cellsSeen - separated > cellsSeen * UNSEPARATED_SHARE) {
            return false;
        }
        CellLines c = new CellLines(cells(text));
        for (int i = 0; i < c.cells.size(); i++) {
            int end = c.headerEnd(i);
            if (end > i && CellWords.header(c.texts(i, end)) == Header.INDICATORS) {
                return true;
            }
        }
        return false;
    }

    static List<TextRow> rows(SourceText text) {
        CellLines c = new CellLines(cells(text));
        c.read();
        return c.rows;
    }

    private static List<Cell> cells(SourceText text) {
        List<Cell> cells = new ArrayList<>();
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() || line.indexOf('\u00a0') >= 0) {
                cells.add(new Cell(Cells.trim(line), i + 1));
            }
        }
        return cells;
    }

    private void read() {
        int i = 0;
        while (i < cells.size()) {
            int end = headerEnd(i);
            Header header = end > i ? CellWords.header(texts(i, end)) : null;
            if (header != null) {
                row(true, i, end);
                i = switch (header) {
                    case FUNDING -> funding(end, valueColumns(i, end, header));
                    case GOALS -> goals(end, valueColumns(i, end, header));
                    case INDICATORS -> indicators(i, end);
                };
            } else if (CellWords.isHeaderField(cells.get(i).text()) && i + 1 < cells.size()) {
                row(true, i, i + 2);
                i += 2;
            } else {
                if (!cells.get(i).text().isEmpty()) {
                    row(false, i, i + 1);
                }
                i++;
            }
        }
    }

    /**
     * The end of the run of header cells starting at {@code from} (a block label or a column header, then column
     * headers and empty cells between them), or {@code from} when none starts there.
     */
    private int headerEnd(int from) {
        String first = cells.get(from).text();
        if (!CellWords.isBlockLabel(first) && !isColumnHeader(first)) {
            return from;
        }
        int end = from + 1;
        for (int i = from + 1; i < cells.size(); i++) {
            String text = cells.get(i).text();
            if (isColumnHeader(text)) {
                end = i + 1;
            } else if (!text.isEmpty()) {
                break;
            }
        }
        return end;
    }

    private static boolean isColumnHeader(String text) {
        if (text.isEmpty() || text.length() > HEADER_LENGTH) {
            return false;
        }
        for (Header h : Header.values()) {
            if (CellWords.role(h, text) != null) {
                return true;
            }
        }
        return false;
    }

    /** How many header cells stand from the first that names a column role to the end. */
    private int valueColumns(int from, int end, Header header) {
        for (int i = from; i < end; i++) {
            if (CellWords.role(header, cells.get(i).text()) != null) {
                return end - i;
            }
        }
        return 0;
    }

    /** Funding rows from {@code at}: label cells, then one cell per value column; returns where they end. */
    private int funding(int at, int values) {
        int i = at;
        while (i < cells.size() && headerEnd(i) == i) {
            int labels = i;
            while (labels < cells.size() && isLabel(cells.get(labels).text()) && labels - i < 3) {
                labels++;
            }
            if (labels == i || labels + values > cells.size() || CellWords.isHeaderField(cells.get(i).text())
                    || CellWords.isTitle(cells.get(i).text())) {
                return i;
            }
            row(true, i, labels + values);
            i = labels + values;
        }
        return i;
    }

    private static boolean isLabel(String text) {
        return !text.isEmpty() && ValueParser.figureCell(text).kind() == FigureKind.UNREADABLE;
    }

    private int goals(int at, int values) {
        int end = Math.min(cells.size(), at + values);
        row(true, at, end);
        return end;
    }

    /** The indicator rows between the header run [from, end) and the 总分 cell, and the 总分 row. */
    private int indicators(int from, int end) {
        List<String> header = texts(from, end);
        int total = end;
        while (total < cells.size() && !CellWords.isTotal(cells.get(total).text())) {
            total++;
        }
        if (total == cells.size()) {
            return end;
        }
        new IndicatorRows(header).divide(end, total);
        int weight = header.size();
        for (int c = 0; c < header.size(); c++) {
            if ("weight".equals(CellWords.role(Header.INDICATORS, header.get(c)))) {
                weight = c;
                break;
            }
        }
        int stop = total + 1;
        while (stop < cells.size() && stop - total <= header.size() - weight
                && ValueParser.figureCell(cells.get(stop).text()).kind() != FigureKind.UNREADABLE) {
            stop++;
        }
        row(true, total, stop);
        return stop;
    }

    /** Divides the body cells of an indicator table into rows, the division whose cells fit their columns best. */
    private final class IndicatorRows {
        private final String[] roles;
        private final int width;
        private final int tail;

        IndicatorRows(List<String> header) {
            width = header.size();
            roles = new String[width];
            int name = width - 1;
            for (int c = width - 1; c >= 0; c--) {
                roles[c] = CellWords.role(Header.INDICATORS, header.get(c));
                if ("name".equals(roles[c])) {
                    name = c;
                }
            }
            tail = width - name;
        }

        void divide(int from, int to) {
            int n = to - from;
            double[] best = new double[n + 1];
            int[] length = new int[n + 1];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
            for (int k = 0; k < n; k++) {
                if (best[k] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int len = tail; len <= width && k + len <= n; len++) {
                    double cost = best[k] + misfit(from + k, len);
                    if (cost < best[k + len]) {
                        best[k + len] = cost;
                        length[k + len] = len;
                    }
                }
            }
            if (best[n] == Double.POSITIVE_INFINITY) {
                for (int i = from; i < to; i++) {
                    row(false, i, i + 1);
                }
                return;
            }
            List<int[]> found = new ArrayList<>();
            for (int k = n; k > 0; k -= length[k]) {
                found.add(0, new int[] {from + k - length[k], from + k});
            }
            for (int[] r : found) {
                row(true, r[0], r[1]);
            }
        }

        /** How badly the cells [at, at+len) fit the header's last {@code len} columns. */
        private double misfit(int at, int len) {
            double cost = 0;
            int column = width - len;
            for (int i = 0; i < len; i++, column++) {
                String text = cells.get(at + i).text();
                String role = roles[column];
                if (role == null) {
                    cost += text.isEmpty() ? 0 : MISFIT / 2;
                    continue;
                }
                cost += switch (role) {
                    case "weight", "score" -> switch (ValueParser.figureCell(text).kind()) {
                        case NUMBER -> 0;
                        case EMPTY, NOT_APPLICABLE -> 1;
                        default -> MISFIT;
                    };
                    case "level1", "level2" -> text.isEmpty() || isLevelLabel(text) ? 0 : MISFIT / 2;
                    case "name" -> text.isEmpty() || ValueParser.figureCell(text).isNumber() ? 3
                            : isLevelLabel(text) ? 1 : 0;
                    case "reason" -> isLevelLabel(text) ? 2 : 0;
                    default -> 0;
                };
            }
            return cost;
        }
    }

    private static boolean isLevelLabel(String text) {
        return text.length() <= LABEL_LENGTH && text.endsWith("指标");
    }

    private List<String> texts(int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(cells.get(i).text());
        }
        return out;
    }

    private void row(boolean table, int from, int to) {
        rows.add(new TextRow(cells.get(from).line(), table, texts(from, to)));
    }
}
