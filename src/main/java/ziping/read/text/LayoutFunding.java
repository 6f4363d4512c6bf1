package ziping.read.text;

import ziping.parse.ValueParser;
import ziping.read.CellWords;



import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a funding block in layout text. Each cell of a funding row is printed at its own height (a wrapped
 * amount {@code 787.49258} / {@code 4} or rate {@code 100.00} / {@code %} spreads the row over several lines, and
 * the one-line cells stand at different heights), so rows are not lines: the rows are the row labels (年度资金总额,
 * 其中：当年财政拨款 …, a wrapped label joined), and every value column holds one cell per row, top to bottom. The
 * words of each line go into columns by {@link LineColumns}; each row takes the lines from its label's (or above) to
 * the next row's, the boundaries chosen so that no row holds two values in one column ({@link #segments}); two values
 * left in one cell are kept apart ({@link Cells#APART}): the cell does not read, so the reader reports it rather than
 * guess. A row whose cells
 * do not fit their columns (a rate without its %, a % outside the rate column, digits in the label) was not placed:
 * it is flagged so that its values are given as one cell across the value columns, which the reader reports.
 */
final class LayoutFunding {
    /** What cutting a wrapped value between two rows costs. */
    private static final double CUT = 0.5;
    /** What each line a row boundary stands above the lower row's label costs (a tie-break). */
    private static final double NEAR_LABEL = 0.01;
    /**
     * What each empty value column of the first row (the block's total, which is complete) costs: of two boundaries
     * otherwise alike, the one that gives it its value (Chromium prints its label on its first line, a value on its
     * last).
     */
    private static final double EMPTY_TOTAL = 0.5;
    /**
     * What each empty amount or rate cell of a part row that holds some value costs (its 分值 and 得分 may be empty):
     * of two boundaries otherwise alike, the one that leaves each row whole or empty (a row without values over a row
     * whose values start on the line above its label does not take that line).
     */
    private static final double GAP = 0.5;
    /**
     * The most spaces between a number and the rest of a rate wrapped onto its line ({@code 99.3 9%}, {@code 69.5   2%});
     * a % tail further off is another cell's ({@code 1670.90       9%}: the amount, then the end of a rate printed
     * above).
     */
    private static final int RATE_TAIL_GAP = 4;
    /** The most digits before the point of a rate's first part ({@code 100.0}); an amount's has more. */
    private static final int RATE_DIGITS = 3;
    /** Lines with at least this many value words place the value columns. */
    private static final int PLACING_VALUES = 3;

    private final List<List<LayoutToken>> tokens;
    /** The lines as printed, no wrapped tail joined to a value yet (a row's tails are joined within it by order). */
    private final List<List<LayoutToken>> printed;
    private final int from;
    private final int to;
    private final int labelLeft;
    private final double[] at;
    private final boolean[] left;
    private final int[] level;
    /** Whether each column is the 执行率 column. */
    private final boolean[] rates;
    /** The value columns' roles, left to right. */
    private final List<String> roles;
    private int[][] columnOf;
    /** The value cells of each span of lines asked for ({@link #values}), by the span's first and past-last line. */
    private final Map<Integer, Values> spans = new HashMap<>();

    /**
     * The value cells of a span of lines taken as one row, whether they were read by their order, and whether a
     * wrapped tail in it could end either of two values (the row is then not placed).
     */
    private record Values(List<String> cells, boolean byOrder, boolean undetermined) {
    }

    /** A funding row as read: its first line (0-based), its cells (the label first), whether they fit their columns. */
    record Row(int line, List<String> cells, boolean placed) {
    }

    /**
     * Whether the first row (the block's total) lacks a value that a row below it has in the same column: the total
     * row is complete, so the value was given to the wrong row.
     */
    private static boolean lacksAbove(List<List<String>> cells) {
        for (int c = 1; c < cells.get(0).size(); c++) {
            if (!cells.get(0).get(c).isEmpty()) {
                continue;
            }
            for (int r = 1; r < cells.size(); r++) {
                if (ValueParser.figureCell(cells.get(r).get(c)).isNumber()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the first row (the block's total) lacks a value while a row below holds a 分值 without its 得分, or a 得分
     * without its 分值: the total row is complete and a row's points go in pairs, so the total's value was given to
     * that row under the other points column (829301 f004: the total's 得分 printed on the line below its values, at
     * the 分值 column's place, read as the next row's 分值).
     */
    private boolean lacksBesideHalfPoints(List<List<String>> cells) {
        int weight = roles.indexOf("weight") + 1;
        int score = roles.indexOf("score") + 1;
        if (weight == 0 || score == 0 || !cells.get(0).subList(1, cells.get(0).size()).contains("")) {
            return false;
        }
        for (List<String> row : cells.subList(1, cells.size())) {
            boolean w = ValueParser.figureCell(row.get(weight)).isNumber();
            boolean sc = ValueParser.figureCell(row.get(score)).isNumber();
            if (w != sc) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a row's cells fit their columns: a rate holds its %, no other value does, the label has no digits, and no
     * cell holds two values kept apart (where a cell does, the words were not placed, and the row's other cells, placed
     * by the same column places, are no surer).
     */
    private boolean fits(List<String> cells) {
        if (cells.get(0).chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (int c = 1; c < cells.size(); c++) {
            String text = cells.get(c);
            if (text.contains(Cells.APART)) {
                return false;
            }
            boolean percent = text.endsWith("%") || text.endsWith("％");
            if (rates[c] ? !percent && ValueParser.figureCell(text).isNumber() : percent) {
                return false;
            }
        }
        return true;
    }

    private record Label(String text, int first, int last) {
        double center() {
            return (first + last) / 2.0;
        }
    }

    private LayoutFunding(List<List<LayoutToken>> tokens, List<List<LayoutToken>> printed, int from, int to,
                          List<LayoutColumn> values, int labelLeft) {
        this.tokens = new ArrayList<>(tokens);
        this.printed = new ArrayList<>(printed);
        for (int line = from; line < to; line++) {
            List<LayoutToken> above = line > from ? printed.get(line - 1) : List.of();
            this.tokens.set(line, withRateTails(tokens.get(line), above));
            this.printed.set(line, withRateTails(printed.get(line), above));
        }
        this.from = from;
        this.to = to;
        this.labelLeft = labelLeft;
        int m = values.size() + 1;
        at = new double[m];
        left = new boolean[m];
        level = new int[m];
        rates = new boolean[m];
        roles = values.stream().map(LayoutColumn::role).toList();
        left[0] = true;
        at[0] = labelLeft;
        for (int c = 1; c < m; c++) {
            at[c] = values.get(c - 1).center();
            rates[c] = values.get(c - 1).role().equals("rate");
        }
    }

    /**
     * The rows of the block's lines {@code from..to}: {@code tokens} with wrapped tails joined by where they stand
     * ({@link WrappedValues}), {@code printed} as printed.
     */
    static List<Row> read(List<List<LayoutToken>> tokens, List<List<LayoutToken>> printed, int from, int to,
                          List<LayoutColumn> values, int labelLeft) {
        LayoutFunding f = new LayoutFunding(tokens, printed, from, to, values, labelLeft);
        f.place();
        return f.rows();
    }

    /**
     * The line's words with a wrapped rate joined where the extractor printed its two lines as one: a decimal number
     * followed closely by one or two digits and a % ({@code 99.3 9%} is {@code 99.39%}), unless a decimal number on
     * the line {@code above} stands over the tail: that is the rate's head ({@code 99.9} over {@code 10.00 5%}, the
     * 分值 beside its row's rate tail).
     */
    private static List<LayoutToken> withRateTails(List<LayoutToken> line, List<LayoutToken> above) {
        List<LayoutToken> out = new ArrayList<>(line.size());
        for (int k = 0; k < line.size(); k++) {
            LayoutToken t = line.get(k);
            if (k + 1 < line.size() && isRateTail(line.get(k + 1).text()) && t.text().indexOf('.') > 0
                    && line.get(k + 1).start() - t.end() <= RATE_TAIL_GAP && t.text().indexOf('.') <= RATE_DIGITS
                    && ValueParser.figureCell(t.text()).isNumber() && !t.text().endsWith("%")
                    && !headOver(line.get(k + 1), above)) {
                LayoutToken tail = line.get(++k);
                t = new LayoutToken(t.line(), t.start(), tail.end(), t.text() + tail.text());
            }
            out.add(t);
        }
        return out;
    }

    /** Whether a decimal number without % on the line above stands over a rate's tail (begins at most a place left). */
    private static boolean headOver(LayoutToken tail, List<LayoutToken> above) {
        for (LayoutToken h : above) {
            if (h.text().indexOf('.') > 0 && LayoutWords.isPlainNumber(h.text())
                    && tail.start() >= h.start() - 1 && tail.start() < h.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRateTail(String text) {
        int n = text.length();
        if (n < 2 || n > 3 || text.charAt(n - 1) != '%' && text.charAt(n - 1) != '％') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void place() {
        int[][] fixed = new int[to - from][];
        List<Integer> placing = new ArrayList<>();
        for (int line = from; line < to; line++) {
            List<LayoutToken> t = tokens.get(line);
            int[] f = new int[t.size()];
            int values = 0;
            for (int k = 0; k < t.size(); k++) {
                LayoutToken token = t.get(k);
                f[k] = token.start() < labelLeft || isColon(token.text()) ? LineColumns.OUTSIDE
                        : LayoutWords.isValue(token.text()) || !LayoutWords.hasHan(token.text()) ? -1 : 0;
                values += f[k] == -1 && LayoutWords.isValue(token.text()) ? 1 : 0;
            }
            fixed[line - from] = f;
            if (values >= PLACING_VALUES) {
                placing.add(line);
            }
        }
        Placed placed = byClusters(fixed);
        if (placed == Placed.NOT) {
            fromFullestLine(placing, fixed);
        }
        double[][] samples = new double[at.length][placing.size()];
        for (int round = 0; round < (placed == Placed.BY_MERGED_GROUPS ? 0 : 2); round++) {
            int[] count = new int[at.length];
            for (int line : placing) {
                List<LayoutToken> t = tokens.get(line);
                int[] col = assign(t, fixed[line - from]);
                for (int k = 0; k < t.size(); k++) {
                    int c = col[k];
                    if (c > 0 && (k == 0 || col[k - 1] != c)) {
                        samples[c][count[c]++] = t.get(k).center();
                    }
                }
            }
            for (int c = 1; c < at.length; c++) {
                double med = LineColumns.median(samples[c], count[c]);
                if (!Double.isNaN(med)) {
                    at[c] = med;
                }
            }
        }
        columnOf = new int[to - from][];
        for (int line = from; line < to; line++) {
            columnOf[line - from] = assign(tokens.get(line), fixed[line - from]);
        }
    }

    /**
     * The column of each word of a line: label words ({@code fixed} 0) in the label column, the others in the value
     * columns only ({@link LineColumns}), never in the label column (a value set near the labels by a line's own pitch
     * is still a value), words outside the block -1.
     */
    private int[] assign(List<LayoutToken> line, int[] fixed) {
        int[] valueFixed = new int[fixed.length];
        for (int k = 0; k < fixed.length; k++) {
            valueFixed[k] = fixed[k] == 0 ? LineColumns.OUTSIDE : fixed[k];
        }
        int m = at.length;
        int[] col = LineColumns.assign(line, Arrays.copyOfRange(at, 1, m), Arrays.copyOfRange(left, 1, m),
                Arrays.copyOfRange(level, 1, m), valueFixed);
        for (int k = 0; k < col.length; k++) {
            col[k] = fixed[k] == 0 ? 0 : col[k] < 0 ? -1 : col[k] + 1;
        }
        return col;
    }

    /**
     * How the value columns were placed by {@link #byClusters}: not; by clusters; by groups merged into clusters (the
     * rows' lines set at their own pitches: the clusters' centres stand between them and are kept, where the medians
     * of the fullest lines would take one pitch's places).
     */
    private enum Placed { NOT, BY_CLUSTERS, BY_MERGED_GROUPS }

    /**
     * Places the value columns where the block's value words fall into as many clusters by their centres as there
     * are value columns ({@link ValueClusters}); NOT where they do not.
     */
    private Placed byClusters(int[][] fixed) {
        List<LayoutToken> values = new ArrayList<>();
        for (int line = from; line < to; line++) {
            List<LayoutToken> t = tokens.get(line);
            for (int k = 0; k < t.size(); k++) {
                if (fixed[line - from][k] == -1 && LayoutWords.isValue(t.get(k).text())) {
                    values.add(t.get(k));
                }
            }
        }
        List<ValueClusters.Cluster> clusters = ValueClusters.of(values, at.length - 1);
        if (clusters.size() != at.length - 1) {
            return Placed.NOT;
        }
        for (int c = 1; c < at.length; c++) {
            at[c] = clusters.get(c - 1).center();
        }
        return ValueClusters.groups(values) > clusters.size() ? Placed.BY_MERGED_GROUPS : Placed.BY_CLUSTERS;
    }

    /**
     * Places the value columns by the line with the most value words, its words in the first columns left to right
     * (a header of Han characters is set at another pitch than the numbers below it), the columns it lacks at the
     * header's distances from its last one.
     */
    private void fromFullestLine(List<Integer> placing, int[][] fixed) {
        List<LayoutToken> best = List.of();
        for (int line : placing) {
            List<LayoutToken> values = new ArrayList<>();
            List<LayoutToken> t = tokens.get(line);
            for (int k = 0; k < t.size(); k++) {
                if (fixed[line - from][k] == -1) {
                    values.add(t.get(k));
                }
            }
            if (values.size() > best.size()) {
                best = values;
            }
        }
        int n = Math.min(best.size(), at.length - 1);
        if (n < 2) {
            return;
        }
        double[] header = at.clone();
        for (int c = 1; c <= n; c++) {
            at[c] = best.get(c - 1).center();
        }
        double scale = (at[n] - at[1]) / Math.max(1, header[n] - header[1]);
        for (int c = n + 1; c < at.length; c++) {
            at[c] = at[c - 1] + (header[c] - header[c - 1]) * scale;
        }
    }

    private List<Row> rows() {
        List<Label> labels = labels();
        if (labels.isEmpty()) {
            return List.of();
        }
        int[] bounds = segments(labels);
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(r).text());
            row.addAll(values(bounds[r], bounds[r + 1]).cells());
            cells.add(row);
        }
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            boolean placed = fits(cells.get(r)) && !(r == 0 && (lacksAbove(cells) || lacksBesideHalfPoints(cells)))
                    && !values(bounds[r], bounds[r + 1]).undetermined();
            out.add(new Row(labels.get(r).first(), cells.get(r), placed));
        }
        return out;
    }

    /**
     * Where each row's lines start (and, last, where the block ends): row {@code r} takes the lines from
     * {@code bounds[r]} to {@code bounds[r + 1]}, its label's among them. Between two labels the line where the lower
     * row starts is chosen so that no row holds two values in one column (a cell printed at its own height above or
     * below its label stays in its row) and no wrapped value is cut; of equal choices the one that leaves fewest
     * cells of the first row (the total) empty, then the one nearest the lower label's first line.
     */
    private int[] segments(List<Label> labels) {
        int n = labels.size();
        int lines = to - from + 1;
        double[][] best = new double[n + 1][lines];
        int[][] prior = new int[n + 1][lines];
        for (double[] b : best) {
            Arrays.fill(b, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int r = 0; r < n; r++) {
            int lowest = r == n - 1 ? to : labels.get(r).last() + 1;
            int highest = r == n - 1 ? to : labels.get(r + 1).first();
            for (int start = from; start < to; start++) {
                double here = best[r][start - from];
                if (here == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int end = Math.max(lowest, start + 1); end <= highest; end++) {
                    double cost = here + conflicts(start, end) + (r == 0 ? EMPTY_TOTAL * empty(start, end) : GAP * gaps(start, end))
                            + (r == n - 1 ? 0 : CUT * cut(end)
                            + NEAR_LABEL * (highest - end));
                    if (cost < best[r + 1][end - from]) {
                        best[r + 1][end - from] = cost;
                        prior[r + 1][end - from] = start;
                    }
                }
            }
        }
        int[] bounds = new int[n + 1];
        bounds[n] = to;
        for (int r = n; r > 0; r--) {
            bounds[r - 1] = prior[r][bounds[r] - from];
        }
        return bounds;
    }

    /** The words of the value columns in the lines {@code start..end}, line by line, each line's in order. */
    private List<LayoutToken> valueWords(int start, int end) {
        List<LayoutToken> out = new ArrayList<>();
        for (int line = start; line < end; line++) {
            List<LayoutToken> t = tokens.get(line);
            for (int k = 0; k < t.size(); k++) {
                if (columnOf[line - from][k] > 0) {
                    out.add(t.get(k));
                }
            }
        }
        return out;
    }

    /** The words as printed in the lines {@code start..end} that may be value words or wrapped tails, in order. */
    private List<LayoutToken> printedValueWords(int start, int end) {
        List<LayoutToken> out = new ArrayList<>();
        for (int line = start; line < end; line++) {
            for (LayoutToken t : printed.get(line)) {
                if (t.start() >= labelLeft && !isColon(t.text())
                        && (LayoutWords.isValue(t.text()) || !LayoutWords.hasHan(t.text()))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The value cells of the lines {@code start..end} taken as one row: by their order along the row where that tells,
     * each wrapped tail joined within the row ({@link FundingRowOrder}: a tail on a row's line never ends a value of
     * the row above), then with the tails joined by where they stand, else by the columns' places; remembered, as
     * {@link #segments} asks for each span many times.
     */
    private Values values(int start, int end) {
        int key = (start - from) * (to - from + 1) + end - from;
        Values known = spans.get(key);
        if (known != null) {
            return known;
        }
        FundingRowOrder.Reading asPrinted = FundingRowOrder.read(printedValueWords(start, end), roles);
        if (asPrinted.cells() != null) {
            Values out = new Values(asPrinted.cells(), true, false);
            spans.put(key, out);
            return out;
        }
        List<String> byOrder = FundingRowOrder.cells(valueWords(start, end), roles);
        List<String> cells = byOrder;
        if (cells == null) {
            cells = new ArrayList<>();
            for (int c = 1; c < at.length; c++) {
                cells.add(cellText(c, start, end));
            }
        }
        Values out = new Values(cells, byOrder != null, asPrinted.undetermined());
        spans.put(key, out);
        return out;
    }

    /** How many values too many the lines {@code start..end} hold in the value columns (kept apart in a cell). */
    private int conflicts(int start, int end) {
        Values values = values(start, end);
        if (values.byOrder()) {
            return 0;
        }
        int n = 0;
        for (String text : values.cells()) {
            for (int i = text.indexOf(Cells.APART); i >= 0; i = text.indexOf(Cells.APART, i + 1)) {
                n++;
            }
        }
        return n;
    }

    /** How many value columns have no text in the lines {@code start..end}. */
    private int empty(int start, int end) {
        int n = 0;
        for (String text : values(start, end).cells()) {
            n += text.isEmpty() ? 1 : 0;
        }
        return n;
    }

    /**
     * How many amount and rate columns have no text in the lines {@code start..end} where another value column has
     * some: 0 for a row left empty.
     */
    private int gaps(int start, int end) {
        List<String> cells = values(start, end).cells();
        if (cells.stream().allMatch(String::isEmpty)) {
            return 0;
        }
        int n = 0;
        for (int c = 0; c < cells.size(); c++) {
            String role = roles.get(c);
            n += cells.get(c).isEmpty() && !role.equals("weight") && !role.equals("score") ? 1 : 0;
        }
        return n;
    }

    /** How many value columns hold a value wrapped over the line before {@code line} and {@code line}. */
    private int cut(int line) {
        int n = 0;
        for (int c = 1; c < at.length && line > from && line < to; c++) {
            if (WrappedValues.isWrap(lineText(line - 1, c), lineText(line, c))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A column's cell in the lines {@code start..end}: its lines' texts, each joined to the text above where it is the
     * wrapped end of it ({@code 787.49258} / {@code 4}, {@code 100.00} / {@code %}, maybe around a line of other
     * cells), else kept apart ({@link Cells#APART}: the cell does not read, so the reader reports it).
     */
    private String cellText(int column, int start, int end) {
        StringBuilder cell = new StringBuilder();
        for (int line = start; line < end; line++) {
            String text = lineText(line, column);
            if (text.isEmpty()) {
                continue;
            }
            if (!cell.isEmpty() && !WrappedValues.isWrap(cell.toString(), text)) {
                cell.append(Cells.APART);
            }
            cell.append(text);
        }
        return cell.toString();
    }

    /**
     * The row labels: runs of label words (a label wraps: 本年财 / 政拨款, 上年结 / 转资金), a run split where it names a
     * funding row and the next word names one too or is not the wrapped end of a label ({@link CellWords#isFundingRowTail}: 上年结转 +
     * 资金 goes on; 年度资金总额 + 本年财 does not), or where more than two lines stand between them unless the run is
     * only the start of a label that the next word goes on with (当年财 … 政拨款 around a row's wrapped values).
     */
    private List<Label> labels() {
        List<Label> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int first = -1;
        int last = -1;
        for (int line = from; line < to; line++) {
            String part = lineText(line, 0);
            if (part.isEmpty()) {
                continue;
            }
            String so = text.toString();
            boolean completes = !CellWords.isFundingRow(so) && CellWords.startsFundingRow(so)
                    && !CellWords.startsFundingRow(part) && CellWords.startsFundingRow(so + part);
            boolean starts = first >= 0 && (line - last > 2 && !completes || CellWords.isFundingRow(so)
                    && (CellWords.isFundingRow(part) || !CellWords.isFundingRowTail(part)));
            if (starts) {
                out.add(new Label(text.toString(), first, last));
                text.setLength(0);
                first = -1;
            }
            if (first < 0) {
                first = line;
            }
            text.append(part);
            last = line;
        }
        if (first >= 0) {
            out.add(new Label(text.toString(), first, last));
        }
        out.removeIf(l -> !CellWords.isFundingRow(l.text()));
        return out;
    }

    /**
     * A column's words on a line. Two value words in one value column are kept apart ({@link Cells#APART}), so that the cell does
     * not read: the line's words were not placed.
     */
    private String lineText(int line, int column) {
        StringBuilder sb = new StringBuilder();
        List<LayoutToken> t = tokens.get(line);
        int[] col = columnOf[line - from];
        for (int k = 0; k < t.size(); k++) {
            if (col[k] == column) {
                sb.append(column > 0 && !sb.isEmpty() ? Cells.APART : "").append(t.get(k).text());
            }
        }
        return sb.toString();
    }

    private static boolean isColon(String text) {
        return text.equals("其中：") || text.equals("其中:");
    }
}
