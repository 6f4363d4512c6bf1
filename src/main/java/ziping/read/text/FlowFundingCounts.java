package ziping.read.text;

import ziping.read.text.Boxes.Box;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funding cells that the count of the block's values fixes, whatever order pdfminer printed them in
 * ({@link FlowFunding}). Every value of the block (its boxes made only of values, up to the indicator header) stands in
 * one cell; taking away the values already read ({@link FlowFundingSegments}), the values left belong to the cells
 * still unread, one each, the others of those cells empty. A rate (a value with %) stands only in 执行率; a number in
 * an amount column (年初预算数, 全年预算数, 全年执行数), or in 分值 or 得分 where it can be points (at most 100, two
 * decimals: {@link Piece#isPoints}); a placeholder in any. A cell is read where every such placement gives it the same
 * text: the open amount cells get the amounts where as many are left that no 分值 can be ({@code 0.000000} six times
 * for two rows' amounts printed as one run), the open cells of a column kind a placeholder where only placeholders are
 * left for them ({@code -} ten times for the two rows of placeholders printed as one run), or are empty where nothing
 * is left for them; two equal rates for two open rate cells are theirs. Where two placements give a cell different
 * texts it stays unreadable; where the values left cannot be placed at all (a value read twice, more values than
 * cells) nothing is read. The arithmetic of the rows (rate = executed / budget) is never used to choose: it is what
 * the rules check.
 */
final class FlowFundingCounts {
    private static final int RATE_COLUMN = 4;
    /** The amount columns come first: 年初预算数, 全年预算数, 全年执行数. */
    private static final int AMOUNTS = 3;
    private static final String EMPTY = "";

    private FlowFundingCounts() {
    }

    /** Fills in {@code rows} (six cells each, {@link StreamText#UNSURE} where unread) what the counts fix. */
    static void complete(List<Box> block, List<String[]> rows) {
        Map<String, Integer> left = leftValues(block, rows);
        if (left == null) {
            return;
        }
        int[] open = new int[Column.values().length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (row[c].equals(StreamText.UNSURE)) {
                    open[Column.of(c).ordinal()]++;
                }
            }
        }
        Placements placements = new Placements(left, open);
        if (!placements.feasible(null, null)) {
            return;
        }
        String[] fixed = new String[Column.values().length];
        for (Column column : Column.values()) {
            fixed[column.ordinal()] = open[column.ordinal()] == 0 ? null : placements.only(column);
        }
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                String text = fixed[Column.of(c).ordinal()];
                if (row[c].equals(StreamText.UNSURE) && text != null) {
                    row[c] = text;
                }
            }
        }
    }

    /** The block's values not yet read, each with its count; null where a read value is not among them. */
    private static Map<String, Integer> leftValues(List<Box> block, List<String[]> rows) {
        Map<String, Integer> left = new HashMap<>();
        for (Box box : block) {
            List<String> values = box.vertical() ? null : FlowFundingSegments.boxValues(box);
            if (values != null) {
                for (String value : values) {
                    left.merge(value, 1, Integer::sum);
                }
            }
        }
        for (String[] row : rows) {
            for (String cell : row) {
                if (!cell.equals(StreamText.UNSURE)) {
                    Integer n = left.get(cell);
                    if (n == null) {
                        return null;
                    }
                    if (n == 1) {
                        left.remove(cell);
                    } else {
                        left.put(cell, n - 1);
                    }
                }
            }
        }
        return left;
    }

    /** The kinds of funding column, by what their cells can hold. */
    private enum Column {
        RATE, AMOUNT, POINTS;

        static Column of(int column) {
            return column == RATE_COLUMN ? RATE : column < AMOUNTS ? AMOUNT : POINTS;
        }
    }

    /** The kinds of value left, by the columns they can stand in. */
    private enum Kind {
        /** A rate: 执行率 only. */
        RATE,
        /** A number no 分值 or 得分 can be: an amount column only. */
        AMOUNT,
        /** A number that can be points: an amount column, 分值 or 得分. */
        NUMBER,
        /** A placeholder: any column. */
        PLACEHOLDER;

        static Kind of(String value) {
            FlowFundingSegments.Sort sort = FlowFundingSegments.sort(value);
            return sort == FlowFundingSegments.Sort.PERCENT ? RATE
                    : sort == FlowFundingSegments.Sort.PLACEHOLDER ? PLACEHOLDER
                    : Piece.isPoints(value) ? NUMBER : AMOUNT;
        }

        boolean fits(Column column) {
            return switch (this) {
                case RATE -> column == Column.RATE;
                case AMOUNT -> column == Column.AMOUNT;
                case NUMBER -> column != Column.RATE;
                case PLACEHOLDER -> true;
            };
        }
    }

    /** The values left and the open cells by kind of column, and what each kind of cell can get in a placement. */
    private static final class Placements {
        private final Map<String, Integer> left;
        private final int[] values = new int[Kind.values().length];
        private final int[] cells;

        Placements(Map<String, Integer> left, int[] cells) {
            this.left = left;
            this.cells = cells;
            left.forEach((value, count) -> values[Kind.of(value).ordinal()] += count);
        }

        /**
         * The one text every open cell of the column kind gets in every placement, or null (two texts possible): a
         * value left that fits it, where the others can still be placed, or empty, where all can be without this cell.
         */
        String only(Column column) {
            Set<String> possible = new LinkedHashSet<>();
            for (String value : left.keySet()) {
                if (Kind.of(value).fits(column) && feasible(Kind.of(value), column)) {
                    possible.add(value);
                }
            }
            if (feasible(null, column)) {
                possible.add(EMPTY);
            }
            return possible.size() == 1 ? possible.iterator().next() : null;
        }

        /**
         * Whether every value left can stand in an open cell of a kind it fits, one a cell, once a value of kind
         * {@code taken} (none where null) is put in a cell of kind {@code filled} (or that cell left empty where
         * {@code taken} is null; no cell where {@code filled} is null too). Hall's condition for these kinds: the rates
         * fit the rate cells, the amounts the amount cells, amounts and numbers together the amount and points cells,
         * and all the values all the cells.
         */
        boolean feasible(Kind taken, Column filled) {
            int[] v = values.clone();
            int[] c = cells.clone();
            if (filled != null) {
                if (c[filled.ordinal()] == 0) {
                    return false;
                }
                c[filled.ordinal()]--;
            }
            if (taken != null) {
                v[taken.ordinal()]--;
            }
            int rate = c[Column.RATE.ordinal()];
            int amount = c[Column.AMOUNT.ordinal()];
            int points = c[Column.POINTS.ordinal()];
            int amounts = v[Kind.AMOUNT.ordinal()];
            int numbers = v[Kind.NUMBER.ordinal()];
            return v[Kind.RATE.ordinal()] <= rate && amounts <= amount && amounts + numbers <= amount + points
                    && Arrays.stream(v).sum() <= rate + amount + points;
        }
    }
}
