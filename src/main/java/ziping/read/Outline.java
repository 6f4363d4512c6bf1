package ziping.read;

import ziping.grid.GridRow;

import java.util.List;

/**
 * Where a form's blocks start: the header rows of its funding, goals and indicator blocks and its 总分 row (the first
 * total row after the indicator header), -1 where missing. A block ends where the next one starts.
 */
record Outline(int funding, int goals, int indicators, int total, int size) {

    static Outline of(List<GridRow> rows, Lexicon lexicon) {
        int funding = -1;
        int goals = -1;
        int indicators = -1;
        int total = -1;
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            if (indicators < 0 && BlockHeaders.isIndicatorHeader(row, lexicon)) {
                indicators = i;
            } else if (funding < 0 && indicators < 0 && BlockHeaders.isFundingHeader(row, lexicon)) {
                funding = i;
            } else if (goals < 0 && indicators < 0 && BlockHeaders.isGoalsHeader(row, lexicon)) {
                goals = i;
            } else if (indicators >= 0 && total < 0 && TotalRow.is(row, lexicon)) {
                total = i;
            }
        }
        return new Outline(funding, goals, indicators, total, rows.size());
    }

    /** The first block's header row (the header fields stand above it), or the form's end. */
    int firstBlock() {
        int first = size;
        for (int at : new int[] {funding, goals, indicators}) {
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        return first;
    }

    /** Where the block starting at {@code start} ends: the next block's start, or the form's end. */
    int after(int start) {
        int end = size;
        for (int at : new int[] {funding, goals, indicators, total}) {
            if (at > start) {
                end = Math.min(end, at);
            }
        }
        return end;
    }
}
