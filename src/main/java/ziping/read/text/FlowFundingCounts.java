package ziping.read.text;

import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funding cells that the count of the block's values fixes, whatever order pdfminer printed them in
 * ({@link FlowFunding}). Every value of the block (its boxes made only of values, up to the indicator header) stands in
 * one cell; taking away the values already read ({@link FlowFundingSegments}), the values left belong to the cells
 * still unread, one each, the others of those cells empty. A rate (a value with %) stands only in 执行率, a number only
 * in another column, a placeholder in any. A cell is read where every such placement gives it the same text: all the
 * open cells of a column kind get a placeholder where only placeholders are left for them and as many as the cells
 * ({@code -} ten times for the two rows of placeholders printed as one run), or are empty where nothing is left for them;
 * two equal rates for two open rate cells are theirs. Where two placements give a cell different texts it stays
 * unreadable; where the values left cannot be placed at all (a value read twice, more values than cells) nothing is
 * read. The arithmetic of the rows (rate = executed / budget) is never used to choose: it is what the rules check.
 */
final class FlowFundingCounts {
    private static final int RATE = 4;
    private static final String EMPTY = "";

    private FlowFundingCounts() {
    }

    /** Fills in {@code rows} (six cells each, {@link StreamText#UNSURE} where unread) what the counts fix. */
    static void complete(List<Box> block, List<String[]> rows) {
        Map<String, Integer> left = leftValues(block, rows);
        if (left == null) {
            return;
        }
        int rates = 0;
        int others = 0;
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (row[c].equals(StreamText.UNSURE)) {
                    if (c == RATE) {
                        rates++;
                    } else {
                        others++;
                    }
                }
            }
        }
        Kinds kinds = Kinds.of(left);
        String rate = kinds.only(true, rates, others);
        String other = kinds.only(false, rates, others);
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                String fixed = c == RATE ? rate : other;
                if (row[c].equals(StreamText.UNSURE) && fixed != null) {
                    row[c] = fixed;
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

    /** The values left by kind: rates, numbers, placeholders (distinct texts and how many in all). */
    private record Kinds(Set<String> rates, int rateCount, Set<String> numbers, int numberCount,
                         Set<String> placeholders, int placeholderCount) {
        static Kinds of(Map<String, Integer> left) {
            Set<String> rates = new LinkedHashSet<>();
            Set<String> numbers = new LinkedHashSet<>();
            Set<String> placeholders = new LinkedHashSet<>();
            int[] counts = new int[3];
            for (Map.Entry<String, Integer> e : left.entrySet()) {
                FlowFundingSegments.Sort sort = FlowFundingSegments.sort(e.getKey());
                Set<String> set = sort == FlowFundingSegments.Sort.PERCENT ? rates
                        : sort == FlowFundingSegments.Sort.NUMBER ? numbers : placeholders;
                set.add(e.getKey());
                counts[set == rates ? 0 : set == numbers ? 1 : 2] += e.getValue();
            }
            return new Kinds(rates, counts[0], numbers, counts[1], placeholders, counts[2]);
        }

        /**
         * The one text every open cell of the kind (the rate cells, or the others) gets in every placement, or null
         * (no placement at all, or two texts possible). {@code rateCells} and {@code otherCells} are the open cells.
         */
        String only(boolean rateKind, int rateCells, int otherCells) {
            int all = rateCount + numberCount + placeholderCount;
            if (rateCount > rateCells || numberCount > otherCells || all > rateCells + otherCells) {
                return null;
            }
            int cells = rateKind ? rateCells : otherCells;
            int ownCount = rateKind ? rateCount : numberCount;
            int otherRoom = rateKind ? otherCells - numberCount : rateCells - rateCount;
            List<String> possible = new ArrayList<>(rateKind ? rates : numbers);
            if (ownCount < cells) {
                // the cell without a value of its own kind: a placeholder where the others still fit, or empty
                if (placeholderCount > 0 && placeholderCount - 1 <= cells - 1 - ownCount + otherRoom) {
                    possible.addAll(placeholders);
                }
                if (all < rateCells + otherCells) {
                    possible.add(EMPTY);
                }
            }
            return possible.size() == 1 ? possible.get(0) : null;
        }
    }
}
