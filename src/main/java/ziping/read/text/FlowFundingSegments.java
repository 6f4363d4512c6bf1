package ziping.read.text;

import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values of a funding row where pdfminer's default order says whose they are ({@link FlowFunding}). pdfminer
 * orders its boxes by walking a tree that merges the nearest boxes first and puts, of two merged groups, the upper
 * (then the left) one first: a row whose cells pdfminer merged with its label before anything else is printed as its
 * label and then its cells left to right, up to the next label; rows merged with each other first (labels printed as a
 * run, values as a block) come as a block whose order depends on distances the text no longer shows. So a row's values
 * are read only from a segment that follows its label directly, where the label does not follow another label (whose
 * row's values could come first), whose boxes are one line each (a box of several lines of numbers is a column), and
 * whose kinds fit the columns in order: three amounts (or placeholders), then the 分值, the 执行率 (a rate or a
 * placeholder) and the 得分, or a prefix of three to five of them; three amounts and a rate are those and the rate
 * (the 分值 left unread: it may be empty or printed elsewhere); values after the amounts count only where they hold a
 * 分值 or a rate (placeholders alone may be another column's run). The rates may also come as a run of their own right
 * after their header box, top to bottom (see {@link #rates}). The cells neither tells stay unreadable.
 */
final class FlowFundingSegments {
    /** The six value columns, in the order {@link FlowFunding#ORDER} names them. */
    static final int COLUMNS = 6;
    private static final int RATE = 4;
    private static final int AMOUNTS = 3;

    private enum Sort { NUMBER, PERCENT, PLACEHOLDER }

    private FlowFundingSegments() {
    }

    /**
     * For each label box of the block (in {@code labels}), its six values: the texts read, {@link StreamText#UNSURE}
     * where the segment does not say.
     */
    static List<String[]> values(List<Box> block, List<Box> labels) {
        List<String[]> out = new ArrayList<>();
        for (Box label : labels) {
            out.add(read(block, block.indexOf(label)));
        }
        for (int i = 0; i < block.size(); i++) {
            if (columnOf(block.get(i)) == RATE) {
                rates(block, i, out);
            }
        }
        return out;
    }

    /** The column a header box of one cell heads, or -1. */
    private static int columnOf(Box box) {
        if (box.vertical() || box.cells().size() != 1) {
            return -1;
        }
        String cell = box.cells().get(0);
        String role = cell.length() > HeaderCells.LONGEST ? null : CellWords.role(Header.FUNDING, cell);
        return role == null ? -1 : FlowFunding.ORDER.indexOf(role);
    }

    /**
     * The 执行率 column printed as a run right after its header (pdfminer merged the column's boxes with each other and
     * then with the header above them, and printed them top to bottom): where the run is rates only, as many as the
     * rows still lacking theirs, they are theirs in order. A run of another column cannot be told from the first
     * column's, which pdfminer may print after the whole header line, nor a placeholder from another column's.
     */
    private static void rates(List<Box> block, int header, List<String[]> rows) {
        int column = RATE;
        List<String> run = new ArrayList<>();
        for (int i = header + 1; i < block.size(); i++) {
            Box box = block.get(i);
            if (box.vertical()) {
                continue;
            }
            List<String> values = columnValues(box);
            if (values == null) {
                break;
            }
            run.addAll(values);
        }
        List<String[]> open = new ArrayList<>();
        for (String[] row : rows) {
            if (row[column].equals(StreamText.UNSURE)) {
                open.add(row);
            }
        }
        if (open.isEmpty() || run.size() != open.size()) {
            return;
        }
        for (String value : run) {
            if (sort(value) != Sort.PERCENT) {
                return;
            }
        }
        for (int r = 0; r < open.size(); r++) {
            open.get(r)[column] = run.get(r);
        }
    }

    private static String[] read(List<Box> block, int at) {
        String[] cells = new String[COLUMNS];
        Arrays.fill(cells, StreamText.UNSURE);
        if (followsLabel(block, at)) {
            return cells;
        }
        List<String> segment = new ArrayList<>();
        for (int i = at + 1; i < block.size(); i++) {
            Box box = block.get(i);
            if (box.vertical()) {
                continue;
            }
            List<String> values = oneLineValues(box);
            if (values == null) {
                break;
            }
            if (values.isEmpty()) {
                return cells;
            }
            segment.addAll(values);
        }
        if (segment.size() == AMOUNTS + 1 && sort(segment.get(AMOUNTS)) == Sort.PERCENT) {
            segment.add(AMOUNTS, StreamText.UNSURE);
        }
        if (segment.size() > AMOUNTS && !ownsTail(segment)) {
            segment = segment.subList(0, AMOUNTS);
        }
        if (fits(segment)) {
            for (int c = 0; c < segment.size(); c++) {
                cells[c] = segment.get(c);
            }
        }
        return cells;
    }

    /** Whether the nearest box before the label (a vertical label aside) is another label. */
    private static boolean followsLabel(List<Box> block, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Box box = block.get(i);
            if (!box.vertical()) {
                return FlowFunding.isLabel(box);
            }
        }
        return false;
    }

    /**
     * The values of a box of values printed on one line (a rate wrapped inside its cell joined: {@code 93.6} /
     * {@code 3%}); empty for a box of values on several lines (a column); null for a box that is not values.
     */
    static List<String> oneLineValues(Box box) {
        List<String> lines = lines(box);
        if (lines.size() > 1) {
            return lines.stream().allMatch(l -> values(l) != null) ? List.of() : null;
        }
        return values(lines.get(0));
    }

    /** The values of a box of one value a line (a column's cells, top to bottom), or null. */
    private static List<String> columnValues(Box box) {
        List<String> out = new ArrayList<>();
        for (String line : lines(box)) {
            List<String> values = values(line);
            if (values == null || values.size() != 1) {
                return null;
            }
            out.add(values.get(0));
        }
        return out;
    }

    private static List<String> values(String line) {
        List<String> out = new ArrayList<>();
        for (String cell : FlowIndicators.split(line)) {
            if (sort(cell) == null) {
                return null;
            }
            out.add(cell);
        }
        return out;
    }

    /** The box's lines, a rate's end wrapped onto a line of its own joined to the number above it. */
    private static List<String> lines(Box box) {
        List<String> lines = new ArrayList<>();
        for (String line : box.lines()) {
            int last = lines.size() - 1;
            if (last >= 0 && isPercentTail(line) && ValueParser.isPlainNumber(lines.get(last))) {
                lines.set(last, lines.get(last) + line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /** A rate's end wrapped onto a line of its own: {@code %} or a few digits and {@code %}. */
    private static boolean isPercentTail(String line) {
        if (!line.endsWith("%") || line.length() > 3) {
            return false;
        }
        for (int i = 0; i < line.length() - 1; i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the values after the amounts are the row's own: a 分值 (a number) or a rate. Placeholders alone may as
     * well be the 分值 column of the rows above printed after the last row's amounts ({@code - - -}).
     */
    private static boolean ownsTail(List<String> segment) {
        boolean weight = sort(segment.get(AMOUNTS)) == Sort.NUMBER;
        boolean rate = segment.size() > RATE && sort(segment.get(RATE)) == Sort.PERCENT;
        return weight || rate;
    }

    /** Whether the values fit the first columns in order: amounts, 分值, 执行率, 得分 (three to six of them). */
    private static boolean fits(List<String> segment) {
        if (segment.size() < AMOUNTS || segment.size() > COLUMNS) {
            return false;
        }
        for (int c = 0; c < segment.size(); c++) {
            Sort sort = segment.get(c).equals(StreamText.UNSURE) ? Sort.PLACEHOLDER : sort(segment.get(c));
            if (c == RATE ? sort == Sort.NUMBER : sort == Sort.PERCENT) {
                return false;
            }
        }
        return true;
    }

    private static Sort sort(String cell) {
        if (ValueParser.isPlaceholder(cell)) {
            return Sort.PLACEHOLDER;
        }
        if (ValueParser.isPlainNumber(cell)) {
            return Sort.NUMBER;
        }
        if (cell.endsWith("%") && ValueParser.isPlainNumber(cell.substring(0, cell.length() - 1))) {
            return Sort.PERCENT;
        }
        return null;
    }
}
