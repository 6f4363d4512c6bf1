package ziping.read.text;

import ziping.grid.GridCell;
import ziping.parse.GoalSplit;
import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Box-ordered text without blank lines, as PDFBox's {@code PDFTextStripper} and PyMuPDF print a PDF: the cells in
 * the order the producer drew them, a wrapped cell a line per printed line, a vertical label a character a line;
 * PDFBox also joins the cells that share a baseline into one line, with a space between them or (close cells)
 * without. The text is cut into pieces at spaces and line ends; blocks are found by their labels (a vertical label
 * is a run of one- or two-character lines) and header cells (a header's wrapped cell is joined until it names a
 * column); header fields take the pieces up to the next label; funding rows are a label then values placed by kind
 * (an empty cell is not printed); the goals row is split where both cells wrap as cells do; indicator rows are read by
 * {@link StreamIndicators}. A funding row it cannot tell apart carries unreadable values so that no check reads it;
 * an indicator row whose text it cannot divide, anchored on a 分值 and 得分 that are certain, has its text marked in
 * doubt ({@link GridCell#TEXT_IN_DOUBT}).
 */
final class StreamText {
    /** What stands in for the cells of a funding row whose division is ambiguous: not a number, so its checks skip. */
    static final String UNSURE = "？";
    private static final int VERTICAL_PIECE = 3;
    private static final int HEADER_JOIN = 4;

    private final List<StreamPiece> pieces;
    private final List<TextRow> rows = new ArrayList<>();

    private StreamText(List<StreamPiece> pieces) {
        this.pieces = pieces;
    }

    /**
     * Whether the text looks box-ordered: a vertical label (three or more lines of one or two characters in a row), a 得分 header,
     * few empty lines (a browser's PDF prints a space for an empty cell, which is not counted; pdfminer's text has an
     * empty line between boxes) and hardly a line that keeps positions with runs of spaces.
     */
    static boolean recognises(SourceText text) {
        List<String> lines = text.lines();
        int blank = 0;
        for (String line : lines) {
            blank += line.isEmpty() ? 1 : 0;
        }
        if (blank * 8 >= lines.size()) {
            return false;     // pdfminer's boxes, blank lines between them: the common case, decided without trimming
        }
        int spaced = 0;
        int run = 0;
        boolean vertical = false;
        boolean scored = false;
        for (String line : lines) {
            String t = Cells.trim(line);
            scored |= t.contains("得分");
            if (!line.isEmpty() && t.contains("    ")) {
                spaced++;
            }
            run = !t.isEmpty() && t.length() <= 2 ? run + 1 : 0;
            vertical |= run >= 3;
        }
        return vertical && scored && spaced * 20 < lines.size();
    }

    static List<TextRow> rows(SourceText text) {
        StreamText b = new StreamText(StreamPiece.split(text.lines()));
        b.read();
        return b.rows;
    }

    private void read() {
        int i = 0;
        while (i < pieces.size()) {
            int label = verticalEnd(i);
            List<String> cells = new ArrayList<>();
            int at = i;
            if (label > i) {
                cells.add(StreamPiece.join(pieces, i, label));
                at = label;
            }
            List<int[]> ranges = new ArrayList<>();
            int end = headerCells(at, cells, ranges);
            Header header = end > at ? CellWords.header(cells) : null;
            if (header != null) {
                rows.add(new TextRow(pieces.get(i).line(), true, cells));
                int values = cells.size() - (label > i ? 1 : 0);
                i = switch (header) {
                    case FUNDING -> funding(end, cells.subList(cells.size() - values, cells.size()));
                    case GOALS -> goals(end);
                    case INDICATORS -> indicators(end, limits(ranges), cells.stream().anyMatch(c -> c.contains("二级")));
                };
            } else if (CellWords.isHeaderField(pieces.get(i).text())) {
                int stop = i + 1;
                while (stop < pieces.size() && !stops(stop)) {
                    stop++;
                }
                rows.add(new TextRow(pieces.get(i).line(), true,
                        List.of(pieces.get(i).text(), StreamPiece.join(pieces, i + 1, stop))));
                i = stop;
            } else {
                rows.add(new TextRow(pieces.get(i).line(), false, List.of(pieces.get(i).text())));
                i++;
            }
        }
    }

    /** Whether a header field's value ends before piece {@code i}: another field label, a block label or header. */
    private boolean stops(int i) {
        String text = pieces.get(i).text();
        return CellWords.isHeaderField(text) || CellWords.isTitle(text) || verticalEnd(i) > i
                || headerCells(i, new ArrayList<>()) > i;
    }

    /** The end of a vertical block label starting at {@code from} (short lines that join to one), or {@code from}. */
    private int verticalEnd(int from) {
        int end = from;
        while (end < pieces.size() && isVerticalPiece(end) && end - from < 12) {
            end++;
            if (end - from >= 2 && CellWords.isBlockLabel(StreamPiece.join(pieces, from, end))) {
                int longer = end;
                while (longer < pieces.size() && isVerticalPiece(longer)
                        && CellWords.isBlockLabel(StreamPiece.join(pieces, from, longer + 1))) {
                    longer++;
                }
                return longer;
            }
        }
        return from;
    }

    /**
     * The end of the tail of a vertical block label from {@code from}, printed at a page's top where the page break cut
     * the label ({@code 指} / {@code 标} of 绩 / 效 / 指 / 标): two or more lines of one character each that join to
     * a block label's tail; {@code from} when there is none. No cell of the table wraps to two one-character lines.
     */
    private int labelTailEnd(int from) {
        int end = from;
        while (end < pieces.size() && pieces.get(end).wholeLine() && pieces.get(end).text().length() == 1) {
            end++;
        }
        return end - from >= 2 && CellWords.isBlockLabelTail(StreamPiece.join(pieces, from, end)) ? end : from;
    }

    /**
     * Whether piece {@code at} can be a line of a vertical label: short and first on its line (PDFBox prints the
     * cells of the next row after a label's last line when they share its baseline).
     */
    private boolean isVerticalPiece(int at) {
        StreamPiece p = pieces.get(at);
        return p.text().length() <= VERTICAL_PIECE && (p.wholeLine() || at == 0 || pieces.get(at - 1).line() != p.line());
    }

    /**
     * The header cells from {@code from}, added to {@code cells}: each the fewest pieces that name a column, with the
     * fragments after them that name nothing ({@code 值（B）}, {@code A)}, {@code 及改进措施}); returns their end.
     */
    private int headerCells(int from, List<String> cells) {
        return headerCells(from, cells, null);
    }

    private int headerCells(int from, List<String> cells, List<int[]> ranges) {
        int i = from;
        while (i < pieces.size()) {
            if (i > from) {
                splitJoinedHeader(i);
            }
            int end = -1;
            for (int k = i + 1; k <= Math.min(pieces.size(), i + HEADER_JOIN); k++) {
                String last = pieces.get(k - 1).text();
                if (k > i + 1 && (isLevelLabel(last) || verticalEnd(k - 1) > k - 1
                        || isColumnHeader(last) && !sameRole(last, StreamPiece.join(pieces, i, k)))) {
                    break;
                }
                if (isColumnHeader(StreamPiece.join(pieces, i, k))) {
                    end = k;
                    break;
                }
            }
            if (end < 0) {
                break;
            }
            while (end < pieces.size() && isFragment(end)
                    && isColumnHeader(StreamPiece.join(pieces, i, end + 1))) {
                end++;
            }
            cells.add(StreamPiece.join(pieces, i, end));
            if (ranges != null) {
                ranges.add(new int[] {i, end});
            }
            i = end;
        }
        return i;
    }

    /**
     * Splits piece {@code at} where PDFBox printed two header cells without a gap ({@code 预期指标值实际完成值（B）}):
     * a piece whose head and tail (or tail with the next piece) name two different columns.
     */
    private void splitJoinedHeader(int at) {
        StreamPiece p = pieces.get(at);
        String text = p.text();
        if (text.length() < 6 || text.length() > 20) {
            return;
        }
        String next = at + 1 < pieces.size() ? pieces.get(at + 1).text() : "";
        for (int k = 3; k <= text.length() - 3; k++) {
            String head = text.substring(0, k);
            String tail = text.substring(k);
            if (isColumnHeader(head) && !sameRole(head, tail) && !sameRole(head, tail + next)
                    && (isColumnHeader(tail) || isColumnHeader(tail + next))) {
                pieces.set(at, StreamPiece.of(text.substring(0, k), p.line(), false));
                pieces.add(at + 1, StreamPiece.of(tail, p.line(), false));
                return;
            }
        }
    }

    private static boolean isColumnHeader(String text) {
        if (text.isEmpty() || text.length() > 20 || isLevelLabel(text) || text.indexOf('。') >= 0
                || text.indexOf('，') >= 0) {
            return false;
        }
        for (Header h : Header.values()) {
            if (CellWords.role(h, text) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether two texts name the same column ({@code 分值} and {@code 指标分值}). */
    private static boolean sameRole(String a, String b) {
        for (Header h : Header.values()) {
            String role = CellWords.role(h, a);
            if (role != null) {
                return role.equals(CellWords.role(h, b));
            }
        }
        return false;
    }

    private static boolean isLevelLabel(String text) {
        return StreamIndicators.isLevelLabel(text);
    }

    /**
     * Whether piece {@code at} can be the tail of a wrapped header cell: a clause beginning with 及 or ending in 措施,
     * or a short bracket, letters and 值/数/率/标 ({@code 值（B）}, {@code A)}) that do not begin a level label.
     */
    private boolean isFragment(int at) {
        String text = pieces.get(at).text();
        if (text.startsWith("及") || text.endsWith("措施") && text.length() <= 6) {
            return true;
        }
        if (text.length() > 6 || isColumnHeader(text) || ValueParser.figureCell(text).isNumber()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isIdeographic(c) && "值数率标".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Funding rows from {@code at}: a label, then its values placed in the header's columns by kind. */
    private int funding(int at, List<String> header) {
        int i = at;
        while (i < pieces.size() && verticalEnd(i) == i && headerCells(i, new ArrayList<>()) == i) {
            int labelEnd = fundingLabel(i);
            if (labelEnd == i || CellWords.isHeaderField(pieces.get(i).text())) {
                return i;
            }
            int valuesEnd = labelEnd;
            List<String> values = new ArrayList<>();
            while (valuesEnd < pieces.size() && isValue(pieces.get(valuesEnd).text())) {
                values.add(pieces.get(valuesEnd).text());
                valuesEnd++;
            }
            List<String> cells = new ArrayList<>();
            cells.add(StreamPiece.join(pieces, i, labelEnd));
            cells.addAll(StreamFunding.place(values, header));
            rows.add(new TextRow(pieces.get(i).line(), true, cells));
            i = valuesEnd;
        }
        return i;
    }

    /**
     * The end of the funding row label at {@code from}: the fewest pieces that name a funding row and the wrapped
     * tail that still names it ({@code 上年结转} / {@code 资金}), else the pieces up to the first value; {@code from} when there is none or no value follows an unnamed label.
     */
    private int fundingLabel(int from) {
        int end = from;
        while (end < pieces.size() && end - from < 4 && !isValue(pieces.get(end).text()) && verticalEnd(end) == end) {
            end++;
            if (CellWords.isFundingRow(StreamPiece.join(pieces, from, end))) {
                while (end < pieces.size() && !isValue(pieces.get(end).text())
                        && !CellWords.isFundingRow(pieces.get(end).text()) && verticalEnd(end) == end
                        && CellWords.isFundingRow(StreamPiece.join(pieces, from, end + 1))) {
                    end++;
                }
                return end;
            }
        }
        return end < pieces.size() && isValue(pieces.get(end).text()) ? end : from;
    }

    private static boolean isValue(String text) {
        return ValueParser.figureCell(text).kind() != ziping.model.FigureKind.UNREADABLE || text.equals("%")
                || text.endsWith(".") && ValueParser.isPlainNumber(text.substring(0, text.length() - 1))
                || text.endsWith("%") && ValueParser.figureCell(text.substring(0, text.length() - 1)).isNumber();
    }

    /**
     * The goals row from {@code at}: the pieces up to the next block (the first lines of a vertical label left out
     * where the indicator header's words stand among them: 绩 / 效 / 指 / 一级指 / 标, 绩效 / 一级指标), split where both halves wrap as cells do
     * ({@link GoalBoxes#wraps}; pieces on one line are one line of a cell, a space apart). Where several splits fit, the
     * one whose first cell ends a sentence while no other does is taken; else the row is in doubt: one cell with all
     * its text, marked, so that neither goal is read.
     */
    private int goals(int at) {
        int end = at;
        List<StreamPiece> text = new ArrayList<>();
        while (end < pieces.size() && verticalEnd(end) == end && headerCells(end, new ArrayList<>()) == end) {
            int label = shortLines(end);
            if (label > end && CellWords.isBlockLabelHead(StreamPiece.join(pieces, end, label))
                    && (label - end >= 2 || label == pieces.size() || headerCells(label, new ArrayList<>()) > label)) {
                end = label;
                continue;
            }
            text.add(pieces.get(end));
            end++;
        }
        if (text.isEmpty()) {
            return end;
        }
        List<String> texts = new ArrayList<>(text.size());
        int[] lines = new int[text.size()];
        for (int i = 0; i < text.size(); i++) {
            texts.add(text.get(i).text());
            lines[i] = text.get(i).line();
        }
        int split = GoalSplit.of(texts, lines);
        List<String> cells = split < 0
                ? List.of(GridCell.TEXT_IN_DOUBT + String.join("", texts), "")
                : List.of(String.join("", GoalSplit.lines(texts, lines, 0, split)),
                        String.join("", GoalSplit.lines(texts, lines, split, texts.size())));
        rows.add(new TextRow(text.get(0).line(), true, cells));
        return end;
    }

    /** The end of a run of lines of one or two characters from {@code from} (a vertical label's), or {@code from}. */
    private int shortLines(int from) {
        int end = from;
        while (end < pieces.size() && pieces.get(end).wholeLine() && pieces.get(end).text().length() <= 2) {
            end++;
        }
        return end;
    }

    /**
     * The widest line each body column can hold (name, reason, target, actual; 0 where the header does not tell): a
     * header cell that wrapped shows its column is narrower than its first line and the next line's first character
     * (a character's width more, as display widths only approximate the font's).
     */
    private int[] limits(List<int[]> ranges) {
        int[] limits = new int[StreamIndicators.COLUMNS.size()];
        for (int[] r : ranges) {
            if (r[1] - r[0] < 2) {
                continue;
            }
            String role = CellWords.role(Header.INDICATORS, StreamPiece.join(pieces, r[0], r[1]));
            int column = StreamIndicators.COLUMNS.indexOf(role);
            if (column >= 0) {
                String next = pieces.get(r[0] + 1).text();
                limits[column] = pieces.get(r[0]).width() + ziping.text.DisplayWidth.of(next.substring(0, 1)) + 1;
            }
        }
        return limits;
    }

    /**
     * The indicator rows from {@code at} to the 总分 cell, and the 总分 row (its 分值 and 得分; three numbers are a
     * wrapped one and the other, the digits without a point being the tail of the number before them); returns where
     * they end. Where the header has a 二级 column, a row's lone label that only a 一级 cell holds (效益指标) and that
     * differs from the 一级 above opens its group with an empty 二级 cell, which the row keeps: a merged 二级 cell does
     * not go on into another group, and the label would read as the 二级 under the 一级 above. The same 一级 again
     * (printed on every row) leaves the 二级 to its merged cell above.
     */
    private int indicators(int at, int[] limits, boolean level2) {
        int total = at;
        List<StreamPiece> body = new ArrayList<>();
        while (total < pieces.size() && !CellWords.isTotal(pieces.get(total).text())) {
            int skip = Math.max(verticalEnd(total), labelTailEnd(total));
            skip = headerCells(skip, new ArrayList<>()) > skip + 2 ? headerCells(skip, new ArrayList<>()) : skip;
            if (skip > total) {
                total = skip;
                continue;
            }
            body.addAll(StreamSplits.of(pieces.get(total)));
            total++;
        }
        String level1 = "";
        for (StreamIndicators.Row r : StreamIndicators.read(body, limits)) {
            List<String> cells = r.cells();
            int name = r.labels().size();
            String first = name == 0 ? "" : r.labels().get(0);
            if (level2 && name == 1 && LevelWords.isLevel1Only(first) && !first.equals(level1)) {
                cells.add(name++, "");
            }
            level1 = name == 2 || LevelWords.isLevel1Only(first) ? first : level1;
            if (r.ambiguous()) {
                cells.set(name, GridCell.TEXT_IN_DOUBT + cells.get(name));
            } else if (r.reasonChosen()) {
                cells.set(cells.size() - 1, GridCell.REASON_CHOSEN + cells.get(cells.size() - 1));
            }
            rows.add(new TextRow(r.line(), true, cells));
        }
        if (total == pieces.size()) {
            return total;
        }
        List<String> cells = new ArrayList<>();
        cells.add(pieces.get(total).text());
        int stop = total + 1;
        while (stop < pieces.size() && cells.size() < 4 && ValueParser.isPlainNumber(pieces.get(stop).text())) {
            cells.add(pieces.get(stop).text());
            stop++;
        }
        if (cells.size() == 4) {
            int tail = cells.get(2).indexOf('.') < 0 && cells.get(1).indexOf('.') >= 0 ? 2
                    : cells.get(3).indexOf('.') < 0 && cells.get(2).indexOf('.') >= 0 ? 3 : -1;
            if (tail < 0) {
                cells.remove(3);
                stop--;
            } else {
                cells.set(tail - 1, cells.get(tail - 1) + cells.remove(tail));
            }
        }
        rows.add(new TextRow(pieces.get(total).line(), true, cells));
        return stop;
    }
}
