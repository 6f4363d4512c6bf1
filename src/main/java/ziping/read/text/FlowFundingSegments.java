package ziping.read.text;

import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The values of a funding row where pdfminer's default order says whose they are ({@link FlowFunding}). pdfminer
 * orders its boxes by walking a tree that merges the nearest boxes first and puts, of two merged groups, the upper
 * (then the left) one first: a row whose cells pdfminer merged with its label before anything else is printed as its
 * label and then its cells left to right, up to the next label; rows merged with each other first (labels printed as a
 * run, values as a block) come as a block whose order depends on distances the text no longer shows.
 * <p>
 * So a row's values are read only from the segment that follows its label directly, where the label follows values
 * or a header box (not another label or a part of one, 其中：, whose row's values could come first); its boxes one
 * line each (a box of several lines of numbers is a column; a value wrapped inside its cell is joined); its kinds
 * fitting the columns in order: three amounts (or placeholders), then the 分值, the 执行率 (a rate or a placeholder)
 * and the 得分, or a prefix of three to five of them. Three amounts and a rate are those and the rate (the 分值 left
 * unread: it may be empty or printed elsewhere); values after the amounts count only where they hold a 分值 or a rate
 * (placeholders alone may be another column's run: only the amounts are read); a segment of more than six values
 * with more than placeholders after the amounts is not read.
 * <p>
 * A column may also come as a run of its own, top to bottom, right after its header box, where no other column could
 * be the run ({@link #underHeader}); a run after a run of labels is not read (as many values as labels may be the
 * first column or the first row's amounts). The cells neither tells stay unreadable.
 */
final class FlowFundingSegments {
    /** The six value columns, in the order {@link FlowFunding#ORDER} names them. */
    static final int COLUMNS = 6;
    private static final int RATE = 4;
    private static final int AMOUNTS = 3;
    /** The funding rows' roles, top to bottom. */
    private static final List<String> ROLES = List.of("total", "current", "carryover", "other");

    enum Sort { NUMBER, PERCENT, PLACEHOLDER }

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
        List<String[]> table = tableOrder(labels, out);
        for (int i = 0; i < block.size() && table != null; i++) {
            int column = columnOf(block.get(i));
            if (column >= 0) {
                underHeader(run(block, i + 1), column, table);
            }
        }
        if (table != null && table.size() == ROLES.size()) {
            FlowFundingCounts.complete(block, out);
        }
        return out;
    }

    /**
     * The rows' values in the table's order, top to bottom, from their labels' roles (pdfminer may print a label far
     * from its row, the total's after the goals); null where a label's role is unknown or named twice.
     */
    private static List<String[]> tableOrder(List<Box> labels, List<String[]> values) {
        List<String[]> byRole = new ArrayList<>(Collections.nCopies(ROLES.size(), (String[]) null));
        for (int r = 0; r < labels.size(); r++) {
            int role = ROLES.indexOf(CellWords.fundingRowRole(labels.get(r).joined()));
            if (role < 0 || byRole.get(role) != null) {
                return null;
            }
            byRole.set(role, values.get(r));
        }
        byRole.removeIf(Objects::isNull);
        return byRole;
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

    /** The values of the boxes from {@code from} up to the first box that is not values, one value a line. */
    private static List<String> run(List<Box> block, int from) {
        List<String> run = new ArrayList<>();
        for (int i = from; i < block.size(); i++) {
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
        return run;
    }

    /**
     * A column printed as a run right after its header box (pdfminer merged the column's boxes with each other and
     * then with the header above them, and printed them top to bottom): where the run has as many values as the rows
     * still lacking that column, each of its kind, they are theirs in order; but not where the run would fit another
     * column as well (as many open cells, the same kinds): pdfminer may print the whole header line and then the first
     * column, after the last header box.
     */
    private static void underHeader(List<String> run, int column, List<String[]> rows) {
        if (run.isEmpty() || open(rows, column).size() != run.size() || !fitsColumn(run, column)) {
            return;
        }
        for (int other = 0; other < COLUMNS; other++) {
            if (other != column && open(rows, other).size() == run.size() && fitsColumn(run, other)) {
                return;
            }
        }
        List<String[]> open = open(rows, column);
        for (int r = 0; r < open.size(); r++) {
            open.get(r)[column] = run.get(r);
        }
    }

    private static List<String[]> open(List<String[]> rows, int column) {
        List<String[]> out = new ArrayList<>();
        for (String[] row : rows) {
            if (row[column].equals(StreamText.UNSURE)) {
                out.add(row);
            }
        }
        return out;
    }

    /** Whether every value is of the column's kind ({@link #fitsCell}), and at least one a rate in 执行率. */
    private static boolean fitsColumn(List<String> run, int column) {
        boolean rate = false;
        for (String value : run) {
            if (!fitsCell(value, column)) {
                return false;
            }
            rate |= sort(value) == Sort.PERCENT;
        }
        return column != RATE || rate;
    }

    /**
     * Whether a value may stand in the column: a rate only in 执行率, a number in another column, in 分值 and 得分 only
     * where it can be points (at most 100, two decimals: {@link Piece#isPoints}), a placeholder in any.
     */
    private static boolean fitsCell(String value, int column) {
        Sort sort = value.equals(StreamText.UNSURE) ? Sort.PLACEHOLDER : sort(value);
        if (column == RATE) {
            return sort != Sort.NUMBER;
        }
        return sort != Sort.PERCENT && (sort != Sort.NUMBER || column < AMOUNTS || Piece.isPoints(value));
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
        if (segment.size() > AMOUNTS && placeholdersAfterAmounts(segment)) {
            segment = segment.subList(0, AMOUNTS);
        } else if (segment.size() > COLUMNS) {
            return cells;
        } else if (segment.size() > AMOUNTS && !ownsTail(segment)) {
            segment = segment.subList(0, AMOUNTS);
        }
        if (fits(segment)) {
            for (int c = 0; c < segment.size(); c++) {
                cells[c] = segment.get(c);
            }
        }
        return cells;
    }

    /**
     * Whether the nearest box before the label (a vertical label aside) is neither values nor a header box: another
     * label, or a part of one ({@code 其中：} in a cell of its own), whose row's values could come first.
     */
    private static boolean followsLabel(List<Box> block, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Box box = block.get(i);
            if (!box.vertical()) {
                return oneLineValues(box) == null && !HeaderCells.isHeader(box, Header.FUNDING);
            }
        }
        return false;
    }

    /**
     * The values of a box of values printed on one line (a value wrapped inside its cell joined, see {@link #lines});
     * empty for a box of values on several lines (a column); null for a box that is not values.
     */
    static List<String> oneLineValues(Box box) {
        List<String> lines = lines(box);
        if (lines.size() > 1) {
            return lines.stream().allMatch(l -> values(l) != null) ? List.of() : null;
        }
        return values(lines.get(0));
    }

    /** The values of a box made only of values, line by line (a value wrapped inside its cell joined), or null. */
    static List<String> boxValues(Box box) {
        List<String> out = new ArrayList<>();
        for (String line : lines(box)) {
            List<String> values = values(line);
            if (values == null) {
                return null;
            }
            out.addAll(values);
        }
        return out;
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

    /**
     * The box's lines, a value's end wrapped onto a line of its own joined to the number above it
     * ({@link WrappedValues#joins}: {@code 93.6} / {@code 3%}, {@code 1738.5759} / {@code 59}).
     */
    private static List<String> lines(Box box) {
        List<String> lines = new ArrayList<>();
        for (String line : box.lines()) {
            int last = lines.size() - 1;
            if (last >= 0 && WrappedValues.joins(lines.get(last), line)) {
                lines.set(last, lines.get(last) + line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Whether the values after the amounts are the row's own: a 分值 (a number that can be points) or a rate. Placeholders alone may as
     * well be the 分值 column of the rows above printed after the last row's amounts ({@code - - -}).
     */
    private static boolean ownsTail(List<String> segment) {
        boolean weight = sort(segment.get(AMOUNTS)) == Sort.NUMBER && Piece.isPoints(segment.get(AMOUNTS));
        boolean rate = segment.size() > RATE && sort(segment.get(RATE)) == Sort.PERCENT;
        return weight || rate;
    }

    /** Whether every value after the amounts is a placeholder (a run of another column's, however many). */
    private static boolean placeholdersAfterAmounts(List<String> segment) {
        for (String value : segment.subList(AMOUNTS, segment.size())) {
            if (!ValueParser.isPlaceholder(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the values fit the first columns in order ({@link #fitsCell}): amounts, 分值, 执行率, 得分 (three to six of
     * them).
     */
    private static boolean fits(List<String> segment) {
        if (segment.size() < AMOUNTS || segment.size() > COLUMNS) {
            return false;
        }
        for (int c = 0; c < segment.size(); c++) {
            if (!fitsCell(segment.get(c), c)) {
                return false;
            }
        }
        return true;
    }

    static Sort sort(String cell) {
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
