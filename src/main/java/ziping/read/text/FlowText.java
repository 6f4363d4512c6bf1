package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rows of cells from pdfminer's text with its default layout ({@code pdf2txt} without {@code -F disabled}): boxes
 * parted by blank lines, ordered by pdfminer's grouping of nearby boxes rather than row by row, so that a table's
 * columns often come whole (a funding column's values, the 分值 and 得分 of every indicator row of a page as one run of
 * numbers) and a wrapped cell after its row's one-line cells. Each form (from its title) is cut into its blocks by
 * their header boxes: header fields are boxes before the funding header (a label with its value on the same line or in
 * the next box); the funding rows are their labels with values placed by {@link FlowFunding}; the goals are the two
 * texts of that block; the indicator rows are rebuilt by {@link FlowIndicators}, which marks in doubt what it cannot
 * tie to one row; the 总分 row is its label and the two numbers after it.
 */
final class FlowText {
    /** The roles of the header cells that open the indicator table (分值 heads a funding column too). */
    private static final Set<String> LABEL_ROLES = Set.of("level1", "level2", "name");
    /** The shortest header value that may have wrapped in its cell (a full line of the cell). */
    private static final int WRAPPED_VALUE = 10;
    /** The longest end of a wrapped header value printed as a box of its own. */
    private static final int VALUE_END = 8;
    private static final String NOT_IN_VALUE_END = "年表:：（）()";
    private final List<Box> boxes;
    private final List<TextRow> rows = new ArrayList<>();

    private FlowText(List<Box> boxes) {
        this.boxes = boxes;
    }

    /** The rows of every form of the text, or null where a form lacks its funding or indicator header or its 总分. */
    static List<TextRow> rows(SourceText text) {
        List<Box> all = Boxes.of(text);
        List<TextRow> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= all.size(); i++) {
            if (i == all.size() || isTitle(all.get(i)) && hasTotal(all.subList(start, i))) {
                FlowText form = new FlowText(all.subList(start, i));
                if (!form.read()) {
                    return null;
                }
                out.addAll(form.rows);
                start = i;
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean isTitle(Box box) {
        return box.oneLine() && CellWords.isTitle(box.lines().get(0));
    }

    private static boolean hasTotal(List<Box> boxes) {
        for (Box box : boxes) {
            if (CellWords.isTotal(box.cells().get(0))) {
                return true;
            }
        }
        return false;
    }

    private boolean read() {
        int funding = find(0, Header.FUNDING, null);
        int indicators = funding < 0 ? -1 : find(funding, Header.INDICATORS, LABEL_ROLES);
        int total = indicators < 0 ? -1 : total(indicators);
        if (total < 0) {
            return false;
        }
        int block = funding;
        while (block > 0 && FlowFunding.mayPrecedeHeader(boxes.get(block - 1))) {
            block--;
        }
        header(block);
        int goals = find(funding, Header.GOALS, null);
        int fundingEnd = goals >= 0 && goals < indicators ? goals : indicators;
        rows.addAll(FlowFunding.rows(boxes.subList(block, indicators)));
        if (fundingEnd < indicators) {
            goals(funding, indicators);
        }
        FlowIndicators table = FlowIndicators.of(boxes.subList(indicators, total), boxes.subList(total, boxes.size()));
        rows.addAll(table.rows());
        return true;
    }

    /** The first box from {@code from} with a header cell of the block (of one of the roles, where given), or -1. */
    private int find(int from, Header header, Set<String> roles) {
        for (int i = from; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (box.vertical()) {
                continue;
            }
            for (String cell : box.cells()) {
                String role = cell.length() <= HeaderCells.LONGEST ? CellWords.role(header, cell) : null;
                if (role != null && (roles == null || roles.contains(role))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private int total(int from) {
        for (int i = from; i < boxes.size(); i++) {
            if (CellWords.isTotal(boxes.get(i).cells().get(0))) {
                return i;
            }
        }
        return -1;
    }

    /** The boxes before the funding header: a header field label with its value after it, or a line of its own. */
    private void header(int end) {
        for (int i = 0; i < end; i++) {
            Box box = boxes.get(i);
            List<String> cells = box.oneLine() ? box.cells() : List.of(box.joined());
            if (CellWords.isHeaderField(cells.get(0))) {
                String value = String.join("", cells.subList(1, cells.size()));
                if (value.isEmpty() && i + 1 < end && !CellWords.isHeaderField(boxes.get(i + 1).cells().get(0))) {
                    value = boxes.get(++i).joined();
                }
                if (value.length() >= WRAPPED_VALUE && isValueEnd(i + 1, end)) {
                    value += boxes.get(++i).joined();
                }
                rows.add(new TextRow(box.line(), true, List.of(cells.get(0), value)));
            } else {
                for (int k = 0; k < box.lines().size(); k++) {
                    rows.add(new TextRow(box.line() + k, false, List.of(box.lines().get(k))));
                }
            }
        }
    }

    /**
     * Whether box {@code at} is the end of a header field's value wrapped in its cell, printed as a box of its own
     * ({@code 北京市农业农村局技术保障中} / {@code 心}) right after the value (a long one, that filled its cell's line): a
     * short line of text, no space, digit, colon, bracket, 年 or 表 (not a year, a title or a label), nor a header field
     * or what may stand in the funding block.
     */
    private boolean isValueEnd(int at, int end) {
        if (at >= end) {
            return false;
        }
        Box box = boxes.get(at);
        String text = box.joined();
        if (box.vertical() || !box.oneLine() || text.length() > VALUE_END || CellWords.isHeaderField(text)
                || FlowFunding.mayPrecedeHeader(box)) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c) || Character.isWhitespace(c) || NOT_IN_VALUE_END.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The goals row: the header's two cells and the two texts of the block (what is neither a header cell, a funding
     * label nor a value), where there are exactly two.
     */
    private void goals(int from, int to) {
        List<String> head = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int line = -1;
        for (Box box : boxes.subList(from, to)) {
            if (box.vertical()) {
                continue;
            }
            if (HeaderCells.isHeader(box, Header.GOALS)) {
                head.addAll(box.cells());
                line = line < 0 ? box.line() : line;
            } else if (FlowFunding.isGoalText(box)) {
                texts.add(box.joined());
            }
        }
        if (head.size() != 2) {
            return;
        }
        rows.add(new TextRow(line, true, head));
        if (texts.size() == 2) {
            rows.add(new TextRow(line, true, texts));
        }
    }
}
