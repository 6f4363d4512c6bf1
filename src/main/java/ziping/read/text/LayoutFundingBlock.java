package ziping.read.text;

import ziping.grid.GridCell;
import ziping.read.CellWords;

import java.util.ArrayList;
import java.util.List;

/**
 * The 项目资金 block of layout text as grid rows: the header row (the block label down the left edge, then the value
 * columns where the block's numbers stand), then a row per funding row read by {@link LayoutFunding}; a row whose
 * cells were not placed gives its values as one cell across the value columns, which the reader reports.
 */
final class LayoutFundingBlock {
    /** How far left of the first header word a value may stand. */
    private static final int HEADER_WORD = 12;
    private static final String BLOCK_LABEL = "项目资金（万元）()";

    private LayoutFundingBlock() {
    }

    /**
     * Reads the block whose header zone is {@code zoneFrom..zoneTo} (the header's lines, {@code zoneTo} exclusive)
     * and whose body runs to {@code to}; {@code found} are the columns the header lines name by their places.
     */
    static void read(List<List<LayoutToken>> printed, int zoneFrom, int zoneTo, int to, List<LayoutColumn> found,
                     LayoutRows out) {
        List<List<LayoutToken>> tokens = WrappedValues.joined(printed, zoneFrom, to);
        List<List<LayoutToken>> unjoined = new ArrayList<>(printed);
        for (int line = zoneFrom; line < to; line++) {
            unjoined.set(line, new ArrayList<>(printed.get(line)));
        }
        splitBlockLabel(tokens, zoneFrom, to);
        splitBlockLabel(unjoined, zoneFrom, to);
        int from = zoneTo;
        int firstValue = zoneFrom;
        while (firstValue < to && tokens.get(firstValue).stream().noneMatch(t -> LayoutWords.isValue(t.text()))) {
            firstValue++;
        }
        List<List<LayoutToken>> headerWords = new ArrayList<>();
        for (int line = zoneFrom; line < firstValue; line++) {
            List<LayoutToken> words = tokens.get(line);
            if (words.stream().anyMatch(t -> CellWords.isHeaderField(t.text()))) {
                continue;
            }
            List<LayoutToken> names = new ArrayList<>();
            List<LayoutToken> rest = new ArrayList<>();
            for (LayoutToken t : words) {
                if (isRowLabel(t) || isBlockLabel(t)) {
                    rest.add(t);
                } else {
                    names.addAll(splitAfterNote(t));
                }
            }
            headerWords.add(names);
            if (rest.stream().anyMatch(LayoutFundingBlock::isRowLabel)) {
                from = Math.min(from, line);
            }
            tokens.set(line, rest);
            unjoined.set(line, unjoined.get(line).stream().filter(t -> isRowLabel(t) || isBlockLabel(t)).toList());
        }
        List<LayoutColumn> named = FundingHeader.columns(headerWords);
        boolean fewer = found.size() < named.size() || found.size() == named.size() && !FundingHeader.inOrder(found);
        List<LayoutColumn> header = fewer && distinctRoles(named) ? named : found;
        if (header.isEmpty()) {
            return;
        }
        List<LayoutColumn> values = byValues(tokens, from, to, header);
        int labelLeft = Integer.MAX_VALUE;
        int valueLeft = values.get(0).start() - 1;
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.center() < valueLeft && CellWords.startsFundingRow(t.text()) && !isBlockLabel(t)) {
                    labelLeft = Math.min(labelLeft, t.start());
                }
            }
        }
        if (labelLeft == Integer.MAX_VALUE) {
            out.header(from - 1, values);
            return;
        }
        List<LayoutColumn> columns = new ArrayList<>();
        columns.add(new LayoutColumn("label", labelLeft, valueLeft - 1, blockLabel(tokens, from, to, labelLeft), true));
        columns.addAll(values);
        out.header(from - 1, columns);
        for (LayoutFunding.Row row : LayoutFunding.read(tokens, unjoined, from, to, values, labelLeft)) {
            List<GridCell> cells = new ArrayList<>();
            String label = row.cells().get(0).replace("其中：", "").replace("其中:", "");
            cells.add(GridCell.of(0, label));
            if (row.placed()) {
                for (int c = 1; c < row.cells().size(); c++) {
                    cells.add(GridCell.of(c, row.cells().get(c)));
                }
            } else {
                String joined = String.join(Cells.APART, row.cells().subList(1, row.cells().size()));
                cells.add(new GridCell(1, row.cells().size() - 1, 1, List.of(joined), null));
            }
            out.add(row.line(), cells);
        }
    }

    /**
     * A header word split where a bracketed note left open runs into Han characters: the next column's name printed
     * against the wrapped note ({@code 率(B/执行} is {@code 率(B/} and {@code 执行}); other words as they are.
     */
    static List<LayoutToken> splitAfterNote(LayoutToken t) {
        String text = t.text();
        int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
        if (open < 0 || text.indexOf(')', open) >= 0 || text.indexOf('）', open) >= 0) {
            return List.of(t);
        }
        for (int i = open + 2; i < text.length(); i++) {
            if (LayoutWords.hasHan(text.substring(i, i + 1)) && !LayoutWords.hasHan(text.substring(i - 1, i))) {
                return List.of(new LayoutToken(t.line(), t.start(), t.start() + i, text.substring(0, i)),
                        new LayoutToken(t.line(), t.start() + i, t.end(), text.substring(i)));
            }
        }
        return List.of(t);
    }

    private static boolean isRowLabel(LayoutToken t) {
        String text = t.text();
        return text.startsWith("其中") || CellWords.startsFundingRow(text) || CellWords.isFundingRowTail(text);
    }

    /** A word of the block label printed down the left edge (项目, 资金, （万, 元）). */
    static boolean isBlockLabel(LayoutToken t) {
        return t.start() <= 1 && t.text().chars().allMatch(c -> BLOCK_LABEL.indexOf(c) >= 0);
    }

    private static boolean distinctRoles(List<LayoutColumn> columns) {
        return columns.stream().map(LayoutColumn::role).distinct().count() == columns.size();
    }

    /**
     * Splits the block label's characters printed against a row label at the left edge ({@code 元）上年结转},
     * {@code 目年度资金总额:}, {@code （万拨款}, {@code 金款}, {@code （元）其中：}) off it: a word at the edge that starts with
     * characters of 项目资金（万元）, one of them other than 资 and 金 unless the word starts no row label (资金总额 is a row
     * label), followed by a row label, its wrapped end or 其中 (the longest such start).
     */
    private static void splitBlockLabel(List<List<LayoutToken>> tokens, int from, int to) {
        for (int line = from; line < to; line++) {
            List<LayoutToken> words = tokens.get(line);
            if (words.isEmpty() || words.get(0).start() > 1) {
                continue;
            }
            LayoutToken t = words.get(0);
            int split = 0;
            boolean marked = !CellWords.startsFundingRow(t.text());
            for (int cut = 1; cut < t.text().length() && BLOCK_LABEL.indexOf(t.text().charAt(cut - 1)) >= 0; cut++) {
                marked |= t.text().charAt(cut - 1) != '资' && t.text().charAt(cut - 1) != '金';
                String rest = t.text().substring(cut);
                if (marked && (CellWords.isFundingRow(rest) || CellWords.isFundingRowTail(rest)
                        || rest.startsWith("其中"))) {
                    split = cut;
                }
            }
            if (split > 0) {
                words.set(0, new LayoutToken(t.line(), t.start(), t.start() + split, t.text().substring(0, split)));
                words.add(1, new LayoutToken(t.line(), t.start() + split + 1, t.end() + 1, t.text().substring(split)));
            }
        }
    }

    /** The block label printed down the left edge (项 / 目 / 资金 / （万元）): the words left of the row labels. */
    private static String blockLabel(List<List<LayoutToken>> tokens, int from, int to, int labelLeft) {
        StringBuilder sb = new StringBuilder();
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.start() < labelLeft) {
                    sb.append(t.text());
                }
            }
        }
        return sb.toString();
    }

    /**
     * The value columns where the block's numbers stand: where the numbers fall into as many columns as the header
     * names, in the header's order (header words in Han characters are placed less faithfully than digits); else the
     * header's places.
     */
    private static List<LayoutColumn> byValues(List<List<LayoutToken>> tokens, int from, int to,
                                               List<LayoutColumn> header) {
        List<LayoutToken> numbers = new ArrayList<>();
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (LayoutWords.isValue(t.text()) && t.center() > header.get(0).start() - HEADER_WORD) {
                    numbers.add(t);
                }
            }
        }
        List<ValueClusters.Cluster> clusters = ValueClusters.of(numbers, header.size());
        if (clusters.size() != header.size()) {
            return header;
        }
        List<LayoutColumn> placed = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            LayoutColumn h = header.get(c);
            placed.add(new LayoutColumn(h.role(), clusters.get(c).start(), clusters.get(c).end(), h.text(), false));
        }
        return placed;
    }
}
