package ziping.read.text;

import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.model.FigureKind;
import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text that keeps the printed positions (pdftotext -layout): a block's columns come from its header rows, whatever
 * their wording in the lexicon and however they wrap (header lines within two lines of the one naming the block,
 * their words grouped where they stand one above the other), again at every repeated header. A body row is anchored
 * on its values line (分值 and 得分 numbers in the indicator table, two amounts in the funding block); the text of
 * the other lines is cut into column-bounded blocks, and each block given to the row whose values line it overlaps,
 * split between neighbouring rows by centring (a wrapped cell is centred on its row). 一级 and 二级 labels, printed
 * once in the middle of the rows they span, cover the rows around them that they are centred on.
 */
final class LayoutText {
    private static final int ZONE_REACH = 2;
    /** The most characters the wrapped end of a label holds (标, 指标): it joins the label above, values line or not. */
    private static final int LABEL_TAIL = 2;
    private static final int HEADER_WORD = 12;
    /** A header line of only short words holds the parts of wrapped words: 预算执 / 行率, 数, （A）. */
    private static final int SHORT_FRAGMENT = 4;
    /** What leaving a row at the top of a table part without its own label costs, in lines off centre. */
    private static final double SKIPPED_ROW = 0.25;
    /** How far apart, in characters, the centres of numbers in two columns stand at least. */
    private static final double CLUSTER_GAP = 2.5;

    private final SourceText text;
    private final List<List<Token>> tokens = new ArrayList<>();
    private final List<GridRow> rows = new ArrayList<>();
    private int table = -1;
    /** Each line's header kind once looked up. */
    private final Optional<Header>[] headers;
    /** The columns of a header printed on a line and the next, by its first line. */
    private final List<Column>[] paired;
    /** Whether the indicator table being read has had a part already (a later part may go on with its labels). */
    private boolean continued;

    record Token(int line, int start, int end, String text) {
        double center() {
            return (start + end - 1) / 2.0;
        }
    }

    /** A column: its role, its header's extent in characters, and whether its text is left-aligned. */
    record Column(String role, int start, int end, String text, boolean left) {
        double center() {
            return (start + end - 1) / 2.0;
        }
    }

    private LayoutText(SourceText text) {
        this.text = text;
        for (String line : text.lines()) {
            tokens.add(tokens(tokens.size(), line));
        }
        headers = new Optional[tokens.size()];
        paired = new List[tokens.size()];
    }

    /**
     * Whether the text has an indicator header line with gaps of several spaces between its words (or a header
     * wrapped over it and the next line); only lines with 指 (every label column's name has it) are looked at.
     */
    static boolean recognises(SourceText text) {
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('指') < 0 || !line.contains("   ")) {
                continue;
            }
            List<Token> words = tokens(i, line);
            if (CellWords.header(texts(words)) == Header.INDICATORS) {
                return true;
            }
            if (i + 1 < lines.size() && HeaderPair.columns(inside(words),
                    inside(tokens(i + 1, lines.get(i + 1))), Header.INDICATORS) != null) {
                return true;
            }
        }
        return false;
    }

    static Grid grid(SourceText text) {
        LayoutText layout = new LayoutText(text);
        layout.read();
        return new Grid(text.path(), layout.rows);
    }

    private void read() {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int at = headerFrom(i);
            if (at < 0) {
                outside(i);
                i++;
                continue;
            }
            Header header = headerAt(at);
            int[] zone = zone(at);
            List<Column> columns = columns(zone, header);
            table++;
            if (header != Header.FUNDING) {
                rows.add(headerRow(zone[0], columns));
            }
            int end = blockEnd(zone[1], header);
            switch (header) {
                case FUNDING -> funding(zone[1], end, columns);
                case GOALS -> goals(zone[1], end, columns);
                case INDICATORS -> end = indicators(zone[1], columns);
            }
            i = Math.max(end, zone[1]);
        }
    }

    /** The header line whose zone starts at {@code line}, or -1. */
    private int headerFrom(int line) {
        for (int h = line; h < Math.min(tokens.size(), line + ZONE_REACH + 1); h++) {
            if (headerAt(h) != null && zone(h)[0] <= line) {
                return h;
            }
        }
        return -1;
    }

    private Header headerAt(int line) {
        if (headers[line] == null) {
            List<Token> t = tokens.get(line);
            Header h = t.size() < 2 ? null : CellWords.header(texts(t));
            if (h == null && line + 1 < tokens.size() && (line == 0 || paired[line - 1] == null)) {
                h = pairedHeader(line);
            }
            headers[line] = h == null ? Optional.empty() : Optional.of(h);
        }
        return headers[line].orElse(null);
    }

    /** The kind of header the line makes with the line below it, both wrapped ({@link HeaderPair}), or null. */
    private Header pairedHeader(int line) {
        List<Token> top = inside(tokens.get(line));
        List<Token> bottom = inside(tokens.get(line + 1));
        if (top.size() < 3 || bottom.isEmpty() || bottom.stream().anyMatch(t -> isValue(t.text()))
                || CellWords.header(texts(tokens.get(line + 1))) != null) {
            return null;
        }
        for (Header kind : new Header[] {Header.INDICATORS, Header.FUNDING}) {
            List<Column> columns = HeaderPair.columns(top, bottom, kind);
            if (columns != null) {
                paired[line] = columns;
                return kind;
            }
        }
        return null;
    }

    /** The words of a line without the characters of a block label printed one a line down the left edge. */
    private static List<Token> inside(List<Token> line) {
        List<Token> out = new ArrayList<>(line.size());
        for (Token t : line) {
            if (t.start() > 0 || t.text().length() > 1) {
                out.add(t);
            }
        }
        return out;
    }

    private void outside(int line) {
        List<Token> t = tokens.get(line);
        if (t.isEmpty()) {
            return;
        }
        boolean field = CellWords.isHeaderField(t.get(0).text());
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < t.size(); c++) {
            cells.add(GridCell.of(c, t.get(c).text()));
        }
        rows.add(new GridRow(field ? Math.max(table, 0) : GridRow.NO_TABLE, line + 1, text.pageOf(line + 1), cells));
    }

    /** The header lines around a header line: up to two each side that {@link #isHeaderFragment} accepts. */
    private int[] zone(int line) {
        if (paired[line] != null) {
            return new int[] {line, line + 2};
        }
        int to = line + 1;
        while (to < tokens.size() && to - line <= ZONE_REACH && isHeaderFragment(to, line, to, true)) {
            to++;
        }
        int from = line;
        while (from > 0 && line - from < ZONE_REACH && isHeaderFragment(from - 1, line + 1, to, false)) {
            from--;
        }
        return new int[] {from, to};
    }

    /**
     * Whether a line next to a header line belongs to the header: a header line of the same block (a header whose
     * words wrap names columns on two lines), or short words without values, naming a column, or
     * only under the words above it (below the header line), or only parts of words (short ones) that, above the
     * header line, stand over words below it ({@code 预算执} over {@code 行率}).
     */
    private boolean isHeaderFragment(int line, int zoneFrom, int zoneTo, boolean below) {
        List<Token> t = tokens.get(line);
        if (t.isEmpty()) {
            return false;
        }
        if (headerAt(line) != null) {
            return headerAt(line) == headerAt(below ? zoneFrom : zoneFrom - 1);
        }
        boolean named = false;
        boolean under = true;
        boolean short_ = true;
        for (Token token : t) {
            if (token.text().length() > HEADER_WORD || token.text().endsWith("。") || isValue(token.text())
                    || CellWords.isHeaderField(token.text()) || CellWords.isTotal(token.text())) {
                return false;
            }
            short_ &= token.text().length() <= SHORT_FRAGMENT || isNote(token.text());
            named |= isColumnWord(token.text());
            under &= overlapsAny(token, zoneFrom, zoneTo);
        }
        return named || (below || zoneFrom < zoneTo) && under || below && short_;
    }

    /** A bracketed note under a header word: (B/A), （A）. */
    private static boolean isNote(String text) {
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return (first == '(' || first == '（') && (last == ')' || last == '）');
    }

    private static boolean isColumnWord(String text) {
        for (Header h : Header.values()) {
            if (CellWords.role(h, text) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean overlapsAny(Token token, int from, int to) {
        for (int line = from; line < to; line++) {
            for (Token t : tokens.get(line)) {
                if (t.start() <= token.end() && token.start() <= t.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The header's columns. The words of the header line start the groups; each word of the other zone lines joins
     * the group it completes into a column name (预算执 + 行率), else the group it stands under or over, else starts
     * one; a group that names no column is dropped. Where the header line and the line below it, read as one header
     * wrapped over two lines ({@link HeaderPair}), name more columns, those are taken.
     */
    private List<Column> columns(int[] zone, Header header) {
        if (paired[zone[0]] != null) {
            return paired[zone[0]];
        }
        int main = zone[0];
        for (int line = zone[0]; line < zone[1]; line++) {
            if (headerAt(line) != null) {
                main = line;
            }
        }
        List<List<Token>> groups = new ArrayList<>();
        for (Token t : tokens.get(main)) {
            groups.add(new ArrayList<>(List.of(t)));
        }
        for (int line = zone[0]; line < zone[1]; line++) {
            if (line == main) {
                continue;
            }
            for (Token t : tokens.get(line)) {
                List<Token> into = completed(groups, t, header);
                if (into == null && CellWords.role(header, t.text()) == null) {
                    into = under(groups, t);
                }
                if (into == null) {
                    groups.add(new ArrayList<>(List.of(t)));
                } else {
                    into.add(t);
                }
            }
        }
        groups.sort((a, b) -> Double.compare(center(a), center(b)));
        joinSplitNames(groups, header);
        List<Column> columns = new ArrayList<>();
        for (List<Token> group : groups) {
            String words = join(group);
            String role = CellWords.role(header, words);
            if (role != null && columns.stream().noneMatch(c -> c.role().equals(role))) {
                columns.add(new Column(role, start(group), end(group), words, isLeftAligned(role)));
            }
        }
        if (main + 1 < zone[1]) {
            List<Column> pair = HeaderPair.columns(inside(tokens.get(main)), inside(tokens.get(main + 1)), header);
            if (pair != null && pair.size() > columns.size()) {
                return pair;
            }
        }
        return columns;
    }

    /**
     * Joins neighbouring groups that name no column each but one together: a column name printed as two words on one
     * line ({@code 预算执 行率}).
     */
    private static void joinSplitNames(List<List<Token>> groups, Header header) {
        for (int i = 0; i + 1 < groups.size(); i++) {
            List<Token> a = groups.get(i);
            List<Token> b = groups.get(i + 1);
            List<Token> both = new ArrayList<>(a);
            both.addAll(b);
            if (CellWords.role(header, join(a)) == null && CellWords.role(header, join(b)) == null
                    && CellWords.role(header, join(both)) != null) {
                groups.set(i, both);
                groups.remove(i + 1);
            }
        }
    }

    /** The nearby group without a column name, on other lines, that the word completes into one, or null. */
    private static List<Token> completed(List<List<Token>> groups, Token t, Header header) {
        List<Token> best = null;
        double bestDistance = HEADER_WORD;
        for (List<Token> g : groups) {
            if (CellWords.role(header, join(g)) != null || g.stream().anyMatch(w -> w.line() == t.line())) {
                continue;
            }
            List<Token> joined = new ArrayList<>(g);
            joined.add(t);
            double distance = Math.abs(center(g) - t.center());
            if (CellWords.role(header, join(joined)) != null && distance < bestDistance) {
                best = g;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The group whose words overlap the word most, or null. */
    private static List<Token> under(List<List<Token>> groups, Token t) {
        List<Token> best = null;
        int bestOverlap = 0;
        for (List<Token> g : groups) {
            int overlap = Math.min(end(g), t.end()) - Math.max(start(g), t.start());
            if (overlap > bestOverlap) {
                best = g;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static double center(List<Token> group) {
        return (start(group) + end(group) - 1) / 2.0;
    }

    static boolean isLeftAligned(String role) {
        return role.equals("level1") || role.equals("level2") || role.equals("name") || role.equals("label");
    }


    private GridRow headerRow(int line, List<Column> columns) {
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cells.add(GridCell.of(c, columns.get(c).text()));
        }
        return new GridRow(table, line + 1, text.pageOf(line + 1), cells);
    }

    /** Where a funding or goals block ends: at the next header's zone. */
    private int blockEnd(int from, Header header) {
        for (int i = from; i < tokens.size(); i++) {
            if (headerAt(i) != null) {
                return zone(i)[0];
            }
        }
        return tokens.size();
    }

    // ---- funding

    private void funding(int from, int to, List<Column> header) {
        if (header.isEmpty()) {
            return;
        }
        List<Column> values = byValues(from, to, header);
        int labelLeft = Integer.MAX_VALUE;
        int valueLeft = values.get(0).start() - 1;
        for (int line = from; line < to; line++) {
            for (Token t : tokens.get(line)) {
                if (t.center() < valueLeft && CellWords.isFundingRow(t.text())) {
                    labelLeft = Math.min(labelLeft, t.start());
                }
            }
        }
        if (labelLeft == Integer.MAX_VALUE) {
            rows.add(headerRow(from - 1, values));
            return;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("label", labelLeft, valueLeft - 1, blockLabel(from, to, labelLeft), true));
        columns.addAll(values);
        rows.add(headerRow(from - 1, columns));
        for (LayoutFunding.Row row : LayoutFunding.read(tokens, from, to, values, labelLeft)) {
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
            rows.add(new GridRow(table, row.line() + 1, text.pageOf(row.line() + 1), cells));
        }
    }

    /** The block label printed down the left edge (项 / 目 / 资金 / （万元）): the words left of the row labels. */
    private String blockLabel(int from, int to, int labelLeft) {
        StringBuilder sb = new StringBuilder();
        for (int line = from; line < to; line++) {
            for (Token t : tokens.get(line)) {
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
    private List<Column> byValues(int from, int to, List<Column> header) {
        List<Token> numbers = new ArrayList<>();
        for (int line = from; line < to; line++) {
            for (Token t : tokens.get(line)) {
                if (isValue(t.text()) && t.center() > header.get(0).start() - HEADER_WORD) {
                    numbers.add(t);
                }
            }
        }
        List<int[]> clusters = clusters(numbers);
        if (clusters.size() != header.size()) {
            return header;
        }
        List<Column> placed = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            Column h = header.get(c);
            placed.add(new Column(h.role(), clusters.get(c)[0], clusters.get(c)[1], h.text(), false));
        }
        return placed;
    }

    // ---- goals

    private void goals(int from, int to, List<Column> columns) {
        if (columns.size() < 2) {
            return;
        }
        int left = Integer.MAX_VALUE;
        for (int line = from; line < to; line++) {
            for (Token t : tokens.get(line)) {
                if (t.text().length() > 4) {
                    left = Math.min(left, t.start());
                }
            }
        }
        double cut = (columns.get(0).center() + columns.get(1).center()) / 2;
        StringBuilder[] texts = {new StringBuilder(), new StringBuilder()};
        for (int line = from; line < to; line++) {
            for (Token t : tokens.get(line)) {
                if (t.start() >= left) {
                    texts[t.start() < cut ? 0 : 1].append(t.text());
                }
            }
        }
        int line = from;
        rows.add(new GridRow(table, line + 1, text.pageOf(line + 1),
                List.of(GridCell.of(0, texts[0].toString()), GridCell.of(1, texts[1].toString()))));
    }

    // ---- indicators

    /**
     * Reads the indicator table from {@code from}, a part per page (pdftotext sets each page at its own pitch) and per
     * repeated header; returns the line after its 总分 row.
     */
    private int indicators(int from, List<Column> columns) {
        int line = from;
        int segment = from;
        continued = false;
        while (line < tokens.size()) {
            List<Token> t = tokens.get(line);
            if (!t.isEmpty() && CellWords.isTotal(t.get(0).text())) {
                segment(segment, line, columns);
                total(line, columns);
                return line + 1;
            }
            if (headerAt(line) == Header.INDICATORS) {
                int[] zone = zone(line);
                segment(segment, zone[0], columns);
                columns = columns(zone, Header.INDICATORS);
                rows.add(headerRow(zone[0], columns));
                segment = zone[1];
                line = zone[1];
                continue;
            }
            if (headerAt(line) != null || !t.isEmpty() && CellWords.isTitle(t.get(0).text())) {
                break;
            }
            if (line > segment && !java.util.Objects.equals(text.pageOf(line + 1), text.pageOf(line))) {
                segment(segment, line, columns);
                segment = line;
            }
            line++;
        }
        segment(segment, line, columns);
        return line;
    }

    private void segment(int from, int to, List<Column> header) {
        if (from >= to || header.isEmpty()) {
            return;
        }
        boolean first = !continued;
        continued = true;
        Body body = anchored(from, to, header);
        List<Column> columns = body.columns;
        int rowCount = body.anchors.size();
        GridCell[][] cells = new GridCell[rowCount][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String role = columns.get(c).role();
            if (role.equals("level1") || role.equals("level2")) {
                body.labels(c, cells, first);
            } else {
                for (int r = 0; r < rowCount; r++) {
                    cells[r][c] = GridCell.of(c, body.cellText(r, c));
                }
            }
        }
        for (int r = 0; r < rowCount; r++) {
            List<GridCell> row = new ArrayList<>();
            for (GridCell cell : cells[r]) {
                if (cell != null) {
                    row.add(cell);
                }
            }
            int line = body.anchors.get(r);
            rows.add(new GridRow(table, line + 1, text.pageOf(line + 1), row));
        }
    }

    /** The body of a table part read with these columns, its rows anchored on lines with 分值 and 得分 numbers. */
    private Body anchored(int from, int to, List<Column> columns) {
        int weight = index(columns, "weight");
        int score = index(columns, "score");
        Body body = new Body(from, to, columns, 0);
        if (weight >= 0 && score == weight + 1) {
            body.fitOnValues(weight);
        } else if (weight >= 0 && score >= 0) {
            body.anchor(line -> body.isNumber(line, weight) && body.isNumber(line, score));
        } else {
            body.anchor(line -> body.count(line, firstValue(columns), columns.size(), false) >= 2);
        }
        return body;
    }

    /** Tokens grouped into columns by their centres: each {start, end, count}, left to right. */
    private static List<int[]> clusters(List<Token> numbers) {
        List<Token> sorted = new ArrayList<>(numbers);
        sorted.sort((a, b) -> Double.compare(a.center(), b.center()));
        List<int[]> clusters = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (Token t : sorted) {
            if (t.center() - last > CLUSTER_GAP) {
                clusters.add(new int[] {t.start(), t.end(), 1});
            } else {
                int[] c = clusters.get(clusters.size() - 1);
                c[0] = Math.min(c[0], t.start());
                c[1] = Math.max(c[1], t.end());
                c[2]++;
            }
            last = t.center();
        }
        return clusters;
    }

    /**
     * The 总分 row: its label, and its numbers — the last two under 分值 and 得分 where the header has both (the row
     * prints nothing else that is a number), else each under the column it stands in.
     */
    private void total(int line, List<Column> columns) {
        List<Token> t = tokens.get(line);
        List<GridCell> cells = new ArrayList<>();
        cells.add(GridCell.of(0, t.get(0).text()));
        List<String> numbers = new ArrayList<>();
        for (int k = 1; k < t.size(); k++) {
            if (ValueParser.figureCell(t.get(k).text()).isNumber()) {
                numbers.add(t.get(k).text());
            }
        }
        int weight = index(columns, "weight");
        int score = index(columns, "score");
        if (weight > 0 && score > weight && numbers.size() >= 2) {
            cells.add(GridCell.of(weight, numbers.get(numbers.size() - 2)));
            cells.add(GridCell.of(score, numbers.get(numbers.size() - 1)));
        } else {
            Body body = new Body(line, line + 1, columns, 0);
            for (int c = firstValue(columns); c < columns.size(); c++) {
                String value = body.lineText(line, c);
                if (!value.isEmpty()) {
                    cells.add(GridCell.of(c, value));
                }
            }
        }
        rows.add(new GridRow(table, line + 1, text.pageOf(line + 1), cells));
    }

    private static int firstValue(List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).left()) {
                return c;
            }
        }
        return columns.size();
    }

    private static int index(List<Column> columns, String role) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role().equals(role)) {
                return c;
            }
        }
        return -1;
    }

    /** The lines of a block body: each token in its column, values lines as anchors, blocks given to rows. */
    private final class Body {
        final int from;
        final int to;
        final List<Column> columns;
        final double[] bounds;
        final int leftBound;
        /** column of each token of each line of the body, -1 where outside the columns. */
        int[][] columnOf;
        List<Integer> anchors = List.of();
        java.util.Set<Integer> anchorSet = java.util.Set.of();
        /** row of each line for each column, -1 where none. */
        int[][] rowOf;

        Body(int from, int to, List<Column> columns, int leftBound) {
            this.from = from;
            this.to = to;
            this.columns = columns;
            this.leftBound = leftBound;
            bounds = new double[columns.size()];
            for (int c = 0; c + 1 < columns.size(); c++) {
                Column a = columns.get(c);
                Column b = columns.get(c + 1);
                bounds[c] = a.left() && b.left() ? a.end() : a.left() || b.left() ? (a.end() + b.start()) / 2.0
                        : (a.center() + b.center()) / 2;
            }
            bounds[columns.size() - 1] = Double.MAX_VALUE;
            columnOf = new int[to - from][];
            for (int line = from; line < to; line++) {
                List<Token> t = tokens.get(line);
                columnOf[line - from] = new int[t.size()];
                for (int k = 0; k < t.size(); k++) {
                    columnOf[line - from][k] = columnOf(t.get(k));
                }
            }
        }

        /**
         * Anchors the rows on values lines (the line's last two plain numbers side by side are 分值 and 得分, the words
         * after them the reason) and puts every line's words into columns by {@link LineColumns}, each column placed
         * where the values lines' words of it stand (the header's place to start with).
         */
        void fitOnValues(int weight) {
            int m = columns.size();
            double[] at = new double[m];
            boolean[] left = new boolean[m];
            int[] level = new int[m];
            for (int c = 0; c < m; c++) {
                left[c] = columns.get(c).left();
                level[c] = columns.get(c).role().equals("level1") ? 1 : columns.get(c).role().equals("level2") ? 2 : 0;
                at[c] = left[c] ? columns.get(c).start() : columns.get(c).center();
            }
            int[][] fixed = new int[to - from][];
            List<Integer> found = new ArrayList<>();
            for (int line = from; line < to; line++) {
                List<Token> t = tokens.get(line);
                int[] f = new int[t.size()];
                java.util.Arrays.fill(f, -1);
                for (int k = 0; k < t.size(); k++) {
                    if (isOuterLabel(t.get(k))) {
                        f[k] = LineColumns.OUTSIDE;
                    }
                }
                for (int k = t.size() - 2; k >= 0; k--) {
                    if (isPlainNumber(t.get(k).text()) && isPlainNumber(t.get(k + 1).text())) {
                        f[k] = weight;
                        f[k + 1] = weight + 1;
                        for (int j = k + 2; j < t.size(); j++) {
                            f[j] = Math.min(m - 1, weight + 2);
                        }
                        found.add(line);
                        break;
                    }
                }
                fixed[line - from] = f;
            }
            scaleToValues(at, found, fixed, weight);
            double[][] samples = new double[m][found.size()];
            for (int round = 0; round < 2; round++) {
                int[] count = new int[m];
                for (int line : found) {
                    List<Token> t = tokens.get(line);
                    int[] col = LineColumns.assign(t, at, left, level, fixed[line - from]);
                    for (int k = 0; k < t.size(); k++) {
                        int c = col[k];
                        if (c >= 0 && (k == 0 || col[k - 1] != c)) {
                            samples[c][count[c]++] = left[c] ? t.get(k).start() : t.get(k).center();
                        }
                    }
                }
                for (int c = 0; c < m; c++) {
                    double med = LineColumns.median(samples[c], count[c]);
                    if (!Double.isNaN(med)) {
                        at[c] = med;
                    }
                }
            }
            for (int line = from; line < to; line++) {
                columnOf[line - from] = LineColumns.assign(tokens.get(line), at, left, level, fixed[line - from]);
            }
            java.util.Set<Integer> anchorLines = new java.util.HashSet<>(found);
            anchor(anchorLines::contains);
        }

        /**
         * Stretches the header's places to the body's: a header line of Han characters is set tighter than the body
         * lines, so its places are scaled by how far right the body's 分值 numbers stand against the header's.
         */
        private void scaleToValues(double[] at, List<Integer> found, int[][] fixed, int weight) {
            double[] x = new double[found.size()];
            int n = 0;
            for (int line : found) {
                int[] f = fixed[line - from];
                for (int k = 0; k < f.length; k++) {
                    if (f[k] == weight) {
                        x[n++] = tokens.get(line).get(k).center();
                    }
                }
            }
            double body = LineColumns.median(x, n);
            if (!Double.isNaN(body) && at[weight] > 0) {
                double scale = body / at[weight];
                for (int c = 0; c < at.length; c++) {
                    at[c] *= scale;
                }
            }
        }

        private int columnOf(Token t) {
            if (t.start() < leftBound) {
                return -1;
            }
            int byStart = at(t.start());
            return columns.get(byStart).left() ? byStart : at(t.center());
        }

        private int at(double x) {
            int c = 0;
            while (c < columns.size() - 1 && x >= bounds[c]) {
                c++;
            }
            return c;
        }

        void anchor(java.util.function.IntPredicate isAnchor) {
            List<Integer> found = new ArrayList<>();
            for (int line = from; line < to; line++) {
                if (isAnchor.test(line)) {
                    found.add(line);
                }
            }
            anchors = found;
            anchorSet = new java.util.HashSet<>(found);
            rowOf = new int[columns.size()][];
            for (int c = 0; c < columns.size(); c++) {
                rowOf[c] = assign(c);
            }
        }

        String lineText(int line, int column) {
            StringBuilder sb = new StringBuilder();
            List<Token> t = tokens.get(line);
            for (int k = 0; k < t.size(); k++) {
                if (columnOf[line - from][k] == column) {
                    if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(t.get(k).text().charAt(0))) {
                        sb.append(' ');
                    }
                    sb.append(t.get(k).text());
                }
            }
            return sb.toString();
        }

        boolean isNumber(int line, int column) {
            return ValueParser.figureCell(lineText(line, column)).isNumber();
        }

        int count(int line, int fromColumn, int toColumn, boolean placeholders) {
            int n = 0;
            for (int c = fromColumn; c < toColumn; c++) {
                FigureKind kind = ValueParser.figureCell(lineText(line, c)).kind();
                if (kind == FigureKind.NUMBER || placeholders && kind == FigureKind.NOT_APPLICABLE) {
                    n++;
                }
            }
            return n;
        }

        /**
         * The row of each line's text in a column: a run of lines with text in the column that holds one values
         * line goes to its row; one that holds several is split between them as centred cells would be; one that
         * holds none goes to the nearest values line.
         */
        private int[] assign(int column) {
            int[] row = new int[to - from];
            java.util.Arrays.fill(row, -1);
            int line = from;
            while (line < to) {
                if (lineText(line, column).isEmpty()) {
                    line++;
                    continue;
                }
                int runStart = line;
                while (line < to && (!lineText(line, column).isEmpty() || bridged(line, column))) {
                    line++;
                }
                assignRun(runStart, line, column, row);
            }
            return row;
        }

        /**
         * Whether a line without text in the column lies inside one of its cells: a line of other cells' words
         * between two lines of the column (cells of one row print their lines at their own heights).
         */
        private boolean bridged(int line, int column) {
            return line + 1 < to && !tokens.get(line).isEmpty() && !lineText(line + 1, column).isEmpty();
        }

        private void assignRun(int runStart, int runEnd, int column, int[] row) {
            List<Integer> inside = new ArrayList<>();
            for (int r = 0; r < anchors.size(); r++) {
                if (anchors.get(r) >= runStart - 1 && anchors.get(r) <= runEnd) {
                    inside.add(r);
                }
            }
            if (inside.isEmpty()) {
                int nearest = nearest(runStart, runEnd);
                for (int l = runStart; l < runEnd; l++) {
                    row[l - from] = nearest;
                }
                return;
            }
            int width = 0;
            List<Integer> textLines = new ArrayList<>();
            for (int l = runStart; l < runEnd; l++) {
                if (!lineText(l, column).isEmpty()) {
                    textLines.add(l);
                }
            }
            for (int l = from; l < to; l++) {
                width = Math.max(width, displayWidth(lineText(l, column)));
            }
            int[] lines = textLines.stream().mapToInt(Integer::intValue).toArray();
            boolean[] full = new boolean[lines.length];
            for (int i = 0; i < lines.length; i++) {
                full[i] = displayWidth(lineText(lines[i], column)) >= width - 2;
            }
            int[] inAnchors = inside.stream().mapToInt(anchors::get).toArray();
            int[] group = RunSplit.split(lines, inAnchors, full, anchorSet);
            for (int i = 0; i < lines.length; i++) {
                row[lines[i] - from] = inside.get(group[i]);
            }
        }

        private int nearest(int runStart, int runEnd) {
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int r = 0; r < anchors.size(); r++) {
                int a = anchors.get(r);
                int d = a < runStart ? runStart - a : a >= runEnd ? a - runEnd + 1 : 0;
                if (d < bestDistance || d == bestDistance && a >= runEnd) {
                    best = r;
                    bestDistance = d;
                }
            }
            return best;
        }

        /**
         * The text of a row's cell in a column. A 分值 or 得分 cell is one number on the values line: other lines given
         * to it hold numbers of a values line that was not told (a row lost), so they are kept apart ({@link Cells#APART})
         * and the cell does not read.
         */
        String cellText(int r, int column) {
            List<String> lines = new ArrayList<>();
            for (int line = from; line < to; line++) {
                if (rowOf[column][line - from] == r && !lineText(line, column).isEmpty()) {
                    lines.add(lineText(line, column));
                }
            }
            String role = columns.get(column).role();
            if (lines.size() > 1 && (role.equals("weight") || role.equals("score"))) {
                return String.join(Cells.APART, lines);
            }
            return new GridCell(column, 1, 1, lines, null).text();
        }

        /** Each row's first and last line of text in the columns other than the labels'. */
        private int[][] extents() {
            int[][] extent = new int[anchors.size()][];
            for (int r = 0; r < anchors.size(); r++) {
                extent[r] = new int[] {anchors.get(r), anchors.get(r)};
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).role().startsWith("level")) {
                    continue;
                }
                for (int line = from; line < to; line++) {
                    int r = rowOf[c][line - from];
                    if (r >= 0) {
                        extent[r][0] = Math.min(extent[r][0], line);
                        extent[r][1] = Math.max(extent[r][1], line);
                    }
                }
            }
            return extent;
        }

        /**
         * 一级 or 二级 labels: runs of lines in the column, a wrapped label joined over a line between its parts until
         * it reads as a whole label (ends in 指标), a second values line starting a new label; each label covers a run
         * of rows centred on it, the runs following each other, chosen to centre all labels best. Rows above the first
         * label's run (a group going on from the page before) keep the label above.
         */
        void labels(int column, GridCell[][] cells, boolean tableStart) {
            List<double[]> centers = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            int line = from;
            while (line < to) {
                if (lineText(line, column).isEmpty()) {
                    line++;
                    continue;
                }
                int start = line;
                int last = line;
                boolean anchorSeen = false;
                StringBuilder label = new StringBuilder();
                while (line < to) {
                    String part = lineText(line, column);
                    boolean anchorLine = anchors.contains(line);
                    if (part.isEmpty()) {
                        if (label.toString().endsWith("指标") || line - last > 1) {
                            break;
                        }
                        line++;
                        continue;
                    }
                    if (anchorLine && anchorSeen && part.length() > LABEL_TAIL || label.toString().endsWith("指标")) {
                        break;
                    }
                    anchorSeen |= anchorLine;
                    label.append(part);
                    last = line;
                    line++;
                }
                line = last + 1;
                centers.add(new double[] {(start + last) / 2.0});
                texts.add(label.toString());
            }
            int rowCount = anchors.size();
            int labelCount = texts.size();
            if (labelCount == 0 || rowCount == 0) {
                return;
            }
            int[][] extent = extents();
            double[][] best = new double[labelCount + 1][rowCount + 1];
            int[][] end = new int[labelCount + 1][rowCount + 1];
            for (double[] b : best) {
                java.util.Arrays.fill(b, Double.POSITIVE_INFINITY);
            }
            best[labelCount][rowCount] = 0;
            for (int k = labelCount - 1; k >= 0; k--) {
                for (int st = rowCount - 1; st >= 0; st--) {
                    for (int e = st; e < rowCount; e++) {
                        double rest = best[k + 1][e + 1];
                        if (rest == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        double cost = Math.abs((extent[st][0] + extent[e][1]) / 2.0 - centers.get(k)[0]) + rest;
                        if (cost < best[k][st]) {
                            best[k][st] = cost;
                            end[k][st] = e;
                        }
                    }
                }
            }
            int first = 0;
            double firstCost = Double.POSITIVE_INFINITY;
            for (int st = 0; st < (tableStart ? 1 : rowCount); st++) {
                double cost = best[0][st] + SKIPPED_ROW * st;
                if (cost < firstCost) {
                    firstCost = cost;
                    first = st;
                }
            }
            if (firstCost == Double.POSITIVE_INFINITY) {
                return;
            }
            int st = first;
            for (int k = 0; k < labelCount; k++) {
                int e = end[k][st];
                cells[st][column] = new GridCell(column, 1, e - st + 1, List.of(texts.get(k)), null);
                st = e + 1;
            }
        }
    }

    // ---- tokens

    private static List<Token> tokens(int line, String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Cells.isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Cells.isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Token(line, start, i, text.substring(start, i)));
            }
        }
        return out;
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    private static String join(List<Token> group) {
        List<Token> sorted = new ArrayList<>(group);
        sorted.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.start(), b.start()));
        StringBuilder sb = new StringBuilder();
        for (Token t : sorted) {
            sb.append(t.text());
        }
        return sb.toString();
    }

    private static int start(List<Token> group) {
        return group.stream().mapToInt(Token::start).min().orElse(0);
    }

    private static int end(List<Token> group) {
        return group.stream().mapToInt(Token::end).max().orElse(0);
    }

    /** Characters of the 绩效指标 label printed one or two a line down the table's left edge. */
    private static boolean isOuterLabel(Token t) {
        return t.start() == 0 && t.text().length() <= 2 && t.text().chars().allMatch(c -> "绩效指标".indexOf(c) >= 0);
    }

    private static boolean isPlainNumber(String text) {
        var figure = ValueParser.figureCell(text);
        return figure.isNumber() && figure.unit() == null;
    }

    private static boolean isValue(String text) {
        return ValueParser.figureCell(text).kind() != FigureKind.UNREADABLE;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A text's printed width: two for a wide (Han, full-width) character, one for others. */
    private static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x1100 ? 1 : 2;
        }
        return w;
    }
}
