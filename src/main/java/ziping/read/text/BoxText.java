package ziping.read.text;

import ziping.grid.GridCell;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.parse.ValueParser;
import ziping.read.text.Boxes.Box;
import ziping.source.SourceText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells from box-ordered text (pdfminer's {@code pdf2txt}, boxes printed top to bottom by their bottom edge:
 * {@code -F disabled}). The text is cut into its blocks by their header boxes: lines above the funding header are
 * header fields, each line a row; the funding rows and the indicator rows are rebuilt from their pieces
 * ({@link BoxFunding}, {@link BoxIndicators}); the goals are the text boxes below their header; the 总分 row its label
 * and numbers. Null where the text lacks the funding or indicator header or the 总分 row, or where its indicator table
 * was not printed row by row ({@link BoxIndicators#rowOrdered}: pdfminer's default order).
 */
final class BoxText {
    private final List<Box> boxes;
    private final List<TextRow> rows = new ArrayList<>();

    private BoxText(List<Box> boxes) {
        this.boxes = boxes;
    }

    static List<TextRow> rows(SourceText text) {
        BoxText t = new BoxText(Boxes.of(text));
        return t.read() ? t.rows : null;
    }

    private boolean read() {
        int funding = find(0, Header.FUNDING, null);
        int goals = funding < 0 ? -1 : find(funding, Header.GOALS, "expected");
        int indicators = find(Math.max(0, Math.max(funding, goals)), Header.INDICATORS, "level2");
        int split = firstLine(Math.max(0, Math.max(funding, goals) + 1), indicators < 0 ? boxes.size() : indicators);
        if (split >= 0) {
            indicators = split;
        }
        if (indicators < 0) {
            indicators = find(Math.max(0, Math.max(funding, goals)), Header.INDICATORS, "name");
        }
        while (indicators > Math.max(0, goals + 1) && HeaderCells.isHeader(boxes.get(indicators - 1), Header.INDICATORS)) {
            indicators--;
        }
        int total = indicators < 0 ? -1 : total(indicators);
        if (funding < 0 || indicators < 0 || total < 0) {
            return false;
        }
        boolean lineByLine = SplitRows.applies(boxes.subList(headerEnd(indicators, total, Header.INDICATORS), total));
        int head = lineByLine ? splitHeaderStart(funding) : funding;
        for (int i = 0; i < head; i++) {
            if (lineByLine && i + 2 < head && boxes.get(i).oneLine() && !hasLabel(boxes.get(i))
                    && endsWithLabel(boxes.get(i + 1)) && boxes.get(i + 1).oneLine() && !hasLabel(boxes.get(i + 2))) {
                labelled(boxes.get(i + 1), boxes.get(i).joined() + boxes.get(i + 2).joined());
                i += 2;
            } else if (i + 1 < funding && endsWithLabel(boxes.get(i)) && !hasLabel(boxes.get(i + 1))) {
                labelled(boxes.get(i), boxes.get(i + 1).joined());
                i++;
            } else {
                lines(boxes.get(i));
            }
        }
        int fundingEnd = goals >= 0 ? goals : indicators;
        int fundingBody = lineByLine ? splitHeaderEnd(funding, fundingEnd) : headerEnd(funding, fundingEnd, Header.FUNDING);
        int fundingHead = lineByLine ? splitHeaderStart(funding) : funding;
        List<TextRow> fundingRows = BoxFunding.rows(boxes.subList(fundingHead, fundingBody),
                boxes.subList(fundingBody, fundingEnd), lineByLine);
        rows.addAll(fundingRows);
        if (goals >= 0) {
            goals(goals, indicators);
        }
        int body = headerEnd(indicators, total, Header.INDICATORS);
        BoxIndicators table = null;
        List<TextRow> tableRows = null;
        TextRow totalRow = null;
        for (int firsts = wrappedTotalFirsts(body, total); totalRow == null; firsts--) {
            table = BoxIndicators.of(boxes.subList(indicators, body), boxes.subList(body, total - firsts));
            if (!table.rowOrdered()) {
                if (firsts < 2) {
                    return false;
                }
                continue;
            }
            tableRows = table.rows();
            totalRow = firsts > 0
                    ? table.wrappedTotal(boxes.subList(total - firsts, total), boxes.subList(total, boxes.size()),
                            fundingPoints(fundingRows))
                    : table.total(boxes.subList(total, boxes.size()), fundingPoints(fundingRows));
        }
        rows.addAll(tableRows);
        rows.add(totalRow);
        for (int i = total + 1; i < boxes.size(); i++) {
            if (!table.totalBox(boxes.get(i))) {
                lines(boxes.get(i));
            }
        }
        return true;
    }

    /**
     * How many lone numbers just before the 总分 label may be the first lines of its numbers wrapped in their cells
     * (the label's line is the middle of a two-line cell): one where the other number stands on the label's line, two
     * where the label stands alone (read so only where that gives the total, else as one), else none.
     */
    private int wrappedTotalFirsts(int body, int total) {
        int n = 0;
        while (n < 2 && total - 1 - n > body && isLoneNumber(boxes.get(total - 1 - n))) {
            n++;
        }
        return n == 2 && boxes.get(total).cells().size() > 1 ? 1 : n;
    }

    private static boolean isLoneNumber(Box box) {
        return box.oneLine() && Piece.kindOf(box.lines().get(0)) == Piece.Kind.NUMBER;
    }

    /** The 分值 and 得分 of the funding block's first row where it is a 总额 row, each where it is a number. */
    private static BoxIndicators.FundingPoints fundingPoints(List<TextRow> funding) {
        return new BoxIndicators.FundingPoints(fundingNumber(funding, "weight"), fundingNumber(funding, "score"));
    }

    private static BigDecimal fundingNumber(List<TextRow> funding, String role) {
        if (funding.size() < 2 || !funding.get(1).cells().get(0).contains("总")) {
            return null;
        }
        List<String> head = funding.get(0).cells();
        List<String> total = funding.get(1).cells();
        for (int c = 1; c < Math.min(head.size(), total.size()); c++) {
            if (role.equals(CellWords.role(Header.FUNDING, head.get(c))) && ValueParser.isPlainNumber(total.get(c))) {
                return new BigDecimal(total.get(c));
            }
        }
        return null;
    }

    /** The first box from {@code from} with a header cell of the block (of the role, where given), or -1. */
    private int find(int from, Header header, String role) {
        for (int i = from; i < boxes.size(); i++) {
            for (String cell : boxes.get(i).cells()) {
                String r = cell.length() <= HeaderCells.LONGEST ? CellWords.role(header, cell) : null;
                if (r != null && (role == null || role.equals(r))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The first box in [from, to) that is the first line of a 一级 or 二级 header word printed line by line (一级指), or
     * -1.
     */
    private int firstLine(int from, int to) {
        for (int i = from; i < to; i++) {
            Box box = boxes.get(i);
            String word = box.oneLine() ? CellWords.indicatorWordStartingWith(box.lines().get(0)) : null;
            String role = word == null ? null : CellWords.role(Header.INDICATORS, word);
            if ("level1".equals(role) || "level2".equals(role)) {
                return i;
            }
        }
        return -1;
    }

    private int total(int from) {
        for (int i = from; i < boxes.size(); i++) {
            List<String> cells = boxes.get(i).cells();
            if (CellWords.isTotal(cells.get(0))) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the run of header boxes from {@code from}. */
    private int headerEnd(int from, int to, Header header) {
        int i = from;
        while (i < to && (boxes.get(i).vertical() || HeaderCells.isHeader(boxes.get(i), header)
                || header == Header.INDICATORS && boxes.get(i).oneLine() && headerLine(boxes.get(i).lines().get(0)))) {
            i++;
        }
        return i;
    }

    /**
     * The end of a funding header whose cells' lines are boxes of their own: the first box that starts with a value (an
     * amount's first line wrapped after its point, 18716681., among them) or a row label.
     */
    private int splitHeaderEnd(int from, int to) {
        int i = from;
        while (i < to) {
            Box box = boxes.get(i);
            String first = box.cells().get(0);
            if (!box.vertical() && (SplitFunding.isValue(first) || CellWords.isFundingRow(first)
                    || first.startsWith("其中"))) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * The first line of a funding header printed line by line: the short boxes before its first header word, up to the
     * value of a header field label (a box after one that ends with 实施单位).
     */
    private int splitHeaderStart(int funding) {
        int i = funding;
        while (i > 0 && boxes.get(i - 1).oneLine() && boxes.get(i - 1).lines().get(0).length() <= HeaderCells.LONGEST
                && !hasLabel(boxes.get(i - 1)) && !CellWords.isTitle(boxes.get(i - 1).lines().get(0))
                && !boxes.get(i - 1).lines().get(0).matches("[（(].*[）)]")
                && !(i >= 2 && endsWithLabel(boxes.get(i - 2)))) {
            i--;
        }
        return i;
    }

    private static boolean headerLine(String text) {
        return HeaderLines.isHeaderLine(text) || HeaderLines.isLoneMark(text);
    }

    /**
     * The goals header row and the row of its two texts ({@link GoalBoxes}); where the boxes do not tell which text is
     * which, one cell with all of them marked in doubt.
     */
    private void goals(int header, int end) {
        List<String> head = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int i = header; i < end; i++) {
            Box box = boxes.get(i);
            if (box.vertical()) {
                continue;
            }
            if (HeaderCells.isHeader(box, Header.GOALS)) {
                head.addAll(box.cells());
            } else {
                texts.add(box.lines());
            }
        }
        rows.add(new TextRow(boxes.get(header).line(), true, head));
        if (!texts.isEmpty()) {
            List<String> cells = GoalBoxes.cells(texts);
            if (cells == null) {
                StringBuilder all = new StringBuilder(GridCell.TEXT_IN_DOUBT);
                texts.forEach(lines -> lines.forEach(all::append));
                cells = List.of(all.toString(), "");
            }
            rows.add(new TextRow(boxes.get(header + 1 < end ? header + 1 : header).line(), true, cells));
        }
    }

    /** Whether the box's last cell is a header field label (实施单位) with its value wrapped into the next box. */
    private static boolean endsWithLabel(Box box) {
        List<String> cells = cells(box.lines().get(box.lines().size() - 1));
        return CellWords.isHeaderField(cells.get(cells.size() - 1));
    }

    private static boolean hasLabel(Box box) {
        for (String line : box.lines()) {
            for (String cell : cells(line)) {
                if (CellWords.isHeaderField(cell)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The box's lines, the last with the value of its label: the next box's text, or where the text is printed line by
     * line, the line before the box (the value's first line, above the label's) and the line after it.
     */
    private void labelled(Box box, String value) {
        for (int i = 0; i < box.lines().size(); i++) {
            List<String> cells = new ArrayList<>(cells(box.lines().get(i)));
            if (i == box.lines().size() - 1) {
                cells.add(value);
            }
            rows.add(new TextRow(box.line() + i, false, cells));
        }
    }

    private static List<String> cells(String line) {
        return Cells.tokens(line);
    }

    private void lines(Box box) {
        for (int i = 0; i < box.lines().size(); i++) {
            rows.add(new TextRow(box.line() + i, false, cells(box.lines().get(i))));
        }
    }
}
