package ziping.read.text;

import ziping.grid.GridCell;
import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The indicator table of box-ordered text as rows. Each row is anchored on the one-line box that holds its 分值 and
 * 得分 (its last two numbers; cells left of them on the same line, a reason after them); the other pieces go to rows
 * by {@link BoxRows}. Where a label column prints fewer labels than there are rows, its cells are merged over their
 * groups of rows and each label stands where its group's middle falls: the labels are taken out and given to
 * contiguous groups of rows by {@link MergedLabels}. A row whose text another division fits as well, that holds a
 * text fitting none of its cells or that was given no name, its 分值 and 得分 being its anchor's and no number left
 * over, has its text marked in doubt ({@link GridCell#TEXT_IN_DOUBT}: its 分值 and 得分 still count in the sums); any other row the text leaves in
 * doubt (a number fits no column, the numbers could be placed otherwise) is printed without its name, which reads as
 * a parse finding on it: its values are not checked. A row whose anchor line holds its target, actual, 分值 and 得分,
 * in doubt or not, has them marked read for sure ({@link GridCell#VALUES_ON_LINE}), so that the checks reading only
 * those run on it also next to a row whose text is in doubt.
 */
final class BoxIndicators {
    private static final List<String> ORDER = List.of("level1", "level2", "name", "target", "actual", "weight",
            "score", "reason");

    /** At most one number apart per this many rows. */
    private static final int APART = 4;

    private final List<String[]> columns;
    private final String[] roles;
    private final int headerLine;
    private final List<Box> body = new ArrayList<>();
    private final List<Box> printed;
    private final List<Box> totalBoxes = new ArrayList<>();
    /** The 分值 cell of each row read, in order. */
    private final List<String> rowWeights = new ArrayList<>();
    private final List<String> rowScores = new ArrayList<>();

    /** The funding block's 总额 row's 分值 and 得分, each null where not a number (or no such row). */
    record FundingPoints(BigDecimal weight, BigDecimal score) {
    }

    private BoxIndicators(List<Box> header, List<Box> boxes) {
        columns = HeaderCells.columns(header, Header.INDICATORS, ORDER);
        roles = new String[columns.size()];
        for (int c = 0; c < roles.length; c++) {
            roles[c] = columns.get(c)[0];
        }
        headerLine = header.get(0).line();
        printed = boxes;
        for (Box box : boxes) {
            if (!box.vertical() && !HeaderCells.isHeader(box, Header.INDICATORS)) {
                body.add(box);
            }
        }
    }

    static BoxIndicators of(List<Box> header, List<Box> body) {
        return new BoxIndicators(header, body);
    }

    /**
     * Whether the table was printed row by row: it has rows, and few numbers stand apart from a row's 分值 and 得分
     * line. pdfminer's default order prints a column's cells of several rows as one run ({@code 6 / 8 / 8 / 8}), which
     * leaves the numbers apart; its rows cannot be rebuilt from the order.
     */
    boolean rowOrdered() {
        List<Piece> all = BoxPieces.of(body);
        List<int[]> anchors = anchors(all, BoxPieces.boxOf(body));
        int apart = 0;
        for (Box box : body) {
            if (box.oneLine() && !isAnchor(box)) {
                apart += Piece.kindOf(box.lines().get(0)) == Piece.Kind.NUMBER ? 1 : 0;
            } else if (!box.oneLine()) {
                for (String line : box.lines()) {
                    apart += Piece.kindOf(line) == Piece.Kind.NUMBER && line.indexOf('.') > 0 ? 1 : 0;
                }
            }
        }
        return !anchors.isEmpty() && apart * APART <= anchors.size();
    }

    private static boolean isAnchor(Box box) {
        List<Piece> pieces = new ArrayList<>();
        for (String cell : box.cells()) {
            pieces.add(Piece.of(cell, 1, box.line()));
        }
        return pointsEnd(pieces) >= 0;
    }

    List<TextRow> rows() {
        List<TextRow> out = read();
        int weight = column("weight");
        int score = column("score");
        for (TextRow row : out.subList(1, out.size())) {
            rowWeights.add(weight >= 0 && weight < row.cells().size() ? row.cells().get(weight) : "");
            rowScores.add(score >= 0 && score < row.cells().size() ? row.cells().get(score) : "");
        }
        return out;
    }

    private List<TextRow> read() {
        List<TextRow> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        for (String[] c : columns) {
            head.add(c[1]);
        }
        out.add(new TextRow(headerLine, true, head));
        if (SplitRows.applies(printed)) {
            List<TextRow> split = SplitRows.rows(printed, new SplitIndicators(roles));
            if (split != null) {
                out.addAll(split);
                return out;
            }
        }
        List<Piece> printed = BoxPieces.of(body);
        List<Integer> boxOf = BoxPieces.boxOf(body);
        List<int[]> anchors = anchors(printed, boxOf);
        List<Piece> all = withLabelEnds(printed, anchors.size());
        int level1 = column("level1");
        int level2 = column("level2");
        boolean merged1 = level1 >= 0 && count(all, Piece.Kind.LEVEL1) < anchors.size();
        boolean merged2 = level2 >= 0 && count(all, Piece.Kind.LEVEL2) < anchors.size();
        List<Piece> pieces = new ArrayList<>();
        List<int[]> kept = new ArrayList<>();
        MergedLabels labels1 = new MergedLabels();
        MergedLabels labels2 = new MergedLabels();
        int[] place = new int[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            Piece p = all.get(i);
            place[i] = pieces.size();
            if (merged1 && p.kind() == Piece.Kind.LEVEL1) {
                labels1.add(p, pieces.size());
            } else if (merged2 && p.kind() == Piece.Kind.LEVEL2) {
                labels2.add(p, pieces.size());
            } else {
                pieces.add(p);
            }
        }
        place[all.size()] = pieces.size();
        for (int[] r : anchors) {
            kept.add(new int[] {place[r[0]], place[r[1]]});
        }
        List<BoxRows.Row> rows = BoxRows.of(pieces, kept, roles.length, new Costs(roles, merged1, merged2));
        String[] groups2 = merged2 ? labels2.assign(rows, new String[rows.size()]) : null;
        String[] implied = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            implied[r] = MergedLabels.level1Of(groups2 != null ? groups2[r] : level2 >= 0 ? rows.get(r).cell(level2) : null);
        }
        String[] groups1 = merged1 ? labels1.assign(rows, implied) : null;
        int nameColumn = column("name");
        boolean[] contested = contestedReasons(rows);
        boolean[] inDoubt = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            BoxRows.Row row = rows.get(r);
            inDoubt[r] = row.ambiguous() || row.hasStray() || hidesPoints(row) || contested[r]
                    || nameColumn >= 0 && row.cell(nameColumn).isEmpty();
        }
        for (int r = 0; r < rows.size(); r++) {
            BoxRows.Row row = rows.get(r);
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < roles.length; c++) {
                texts.add(row.cell(c));
            }
            if (groups1 != null) {
                texts.set(level1, groups1[r]);
            }
            if (groups2 != null) {
                texts.set(level2, groups2[r]);
            }
            boolean hidden = hidesPoints(row);
            boolean unsure = row.ambiguous() || row.hasStray() || contested[r]
                    || nameColumn >= 0 && texts.get(nameColumn).isEmpty();
            boolean valuesSure = nameColumn >= 0 && valuesSure(row, texts.get(nameColumn), pieces, kept.get(r));
            if (unsure && !hidden && !strayNumber(row) && anchored(row, pieces, kept.get(r)) && nameColumn >= 0) {
                texts.set(nameColumn, (valuesSure ? GridCell.VALUES_ON_LINE : "") + GridCell.TEXT_IN_DOUBT
                        + texts.get(nameColumn));
            } else if ((row.ambiguous() || row.hasStray() || hidden) && nameColumn >= 0) {
                texts.set(nameColumn, "");
            } else if (valuesSure) {
                texts.set(nameColumn, GridCell.VALUES_ON_LINE + texts.get(nameColumn));
            }
            boolean nearDoubt = inDoubt[r] || r > 0 && inDoubt[r - 1] || r + 1 < rows.size() && inDoubt[r + 1];
            if (nearDoubt && onLine(row, pieces, kept.get(r))) {
                texts.set(column("reason"), GridCell.EMPTY_ON_LINE);
            }
            out.add(new TextRow(row.pieces().get(0).line(), true, texts));
        }
        return out;
    }

    /**
     * The pieces with a 一级 or 二级 label that lacks only its last line, 标, read whole, where that makes the column's
     * labels one a row ({@code rows}): pdfminer prints that line as a box of its own, taken with the block label
     * 绩效指标 printed a character a line, and {@code 产出指} before its row's line is 产出指标 (Chromium prints a label
     * on every row). Left as text, it fitted no column, and the row beside it was in doubt. Among labels merged over
     * rows, where the text cannot say which group such a part begins, it stays text.
     */
    private static List<Piece> withLabelEnds(List<Piece> pieces, int rows) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            boolean endless = p.kind() == Piece.Kind.TEXT && p.lines() == 1 && !LevelWords.isLabel(p.text())
                    && LevelWords.isLabel(p.text() + "标");
            out.add(endless ? Piece.of(p.text() + "标", p.lines(), p.line()) : p);
        }
        for (Piece.Kind kind : List.of(Piece.Kind.LEVEL1, Piece.Kind.LEVEL2)) {
            if (count(out, kind) == rows && count(pieces, kind) < rows) {
                return out;
            }
        }
        return pieces;
    }

    /**
     * The rows whose reasons the order does not tell apart: rows that lost points and read no reason, right above a
     * row whose reason holds more sentences, as many as those sentences but one. Box-ordered text may print a row's
     * reason late, after the next row's name (LibreOffice {@code -M 40}: {@code 部分点位因施工…缩短。} then
     * {@code 下一步将加强项…施。} after the lower row's name were both read as its reason, and ZP204 fired on the upper
     * row), and pdfminer may join the reasons of three rows into one box (603917 f017), so the first sentences may as
     * well be the upper rows'. Those rows are then in doubt, and no missing-reason check runs on a guess.
     */
    private boolean[] contestedReasons(List<BoxRows.Row> rows) {
        boolean[] contested = new boolean[rows.size()];
        int reason = column("reason");
        if (reason < 0) {
            return contested;
        }
        for (int r = 1; r < rows.size(); r++) {
            int sentences = sentences(rows.get(r).cell(reason).strip());
            for (int above = r - 1; above >= 0 && r - above < sentences && rows.get(above).cell(reason).isEmpty()
                    && lostPoints(rows.get(above)); above--) {
                contested[above] = true;
                contested[r] = true;
            }
        }
        return contested;
    }

    /** The sentences of a text: its full stops, and one more where text follows the last. */
    private static int sentences(String text) {
        int count = 0;
        for (int at = text.indexOf('。'); at >= 0; at = text.indexOf('。', at + 1)) {
            count++;
        }
        return text.isEmpty() || text.endsWith("。") ? count : count + 1;
    }

    /** Whether a row's 得分 reads below its 分值. */
    private boolean lostPoints(BoxRows.Row row) {
        int weight = column("weight");
        int score = column("score");
        if (weight < 0 || score < 0) {
            return false;
        }
        Integer c = ValueParser.compareNumbers(row.cell(score), row.cell(weight));
        return c != null && c < 0;
    }

    /**
     * Whether the row's anchor line ends with its actual, 分值 and 得分 as the row reads them, one cell each, and prints
     * the reason cell right after them empty ({@link Piece#emptyAfter}: a browser's PDF draws a space in an empty
     * cell): those four cells are then read for sure, whatever the division of the row's other text.
     */
    private boolean onLine(BoxRows.Row row, List<Piece> pieces, int[] anchor) {
        int actual = column("actual");
        int weight = column("weight");
        int score = column("score");
        int reason = column("reason");
        if (actual < 0 || weight != actual + 1 || score != weight + 1 || reason != score + 1
                || anchor[1] - anchor[0] < 3 || !row.cell(reason).isEmpty()) {
            return false;
        }
        Piece a = pieces.get(anchor[1] - 3);
        Piece w = pieces.get(anchor[1] - 2);
        Piece s = pieces.get(anchor[1] - 1);
        return s.emptyAfter() && !w.emptyAfter() && !a.emptyAfter() && a.line() == s.line() && w.line() == s.line()
                && row.cell(actual).equals(a.text()) && row.cell(weight).equals(w.text())
                && row.cell(score).equals(s.text());
    }

    /**
     * Whether a box of several lines in the row holds two numbers side by side: the 分值 and 得分 of a row whose values
     * line the extractor joined to a line above it (成本指标 经济成本指 / 成本指标 名称 ≤147万元 102万元 7 7), a row the
     * anchors miss.
     */
    private static boolean hidesPoints(BoxRows.Row row) {
        for (Piece p : row.pieces()) {
            if (p.lines() > 1 && hidesPoints(p.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text holds two numbers side by side: another row's 分值 and 得分, where a cell's text should be. */
    static boolean hidesPoints(String text) {
        if (text.indexOf(' ') < 0 && text.indexOf('\u00a0') < 0 && text.indexOf('\u3000') < 0) {
            return false;
        }
        List<String> tokens = Cells.tokens(text);
        for (int i = 1; i < tokens.size(); i++) {
            if (Piece.kindOf(tokens.get(i)) == Piece.Kind.NUMBER
                    && Piece.kindOf(tokens.get(i - 1)) == Piece.Kind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a piece of the row that fits none of its columns is a number: it may be another row's 分值 or 得分, so
     * that more than the row's text is in doubt. A stray text leaves the row's anchor certain.
     */
    private static boolean strayNumber(BoxRows.Row row) {
        for (int i = 0; i < row.pieces().size(); i++) {
            Piece.Kind kind = row.pieces().get(i).kind();
            if (row.columns()[i] < 0 && (kind == Piece.Kind.NUMBER || kind == Piece.Kind.PERCENT
                    || kind == Piece.Kind.PLACEHOLDER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a row's 分值 and 得分 are its anchor's last two pieces (the numbers that made it a row), so that where the
     * row is in doubt only its text is: another division moves text between rows and cells, not these.
     */
    private boolean anchored(BoxRows.Row row, List<Piece> pieces, int[] anchor) {
        int weight = column("weight");
        int score = column("score");
        return weight >= 0 && score >= 0 && anchor[1] - anchor[0] >= 2
                && row.cell(weight).equals(pieces.get(anchor[1] - 2).text())
                && row.cell(score).equals(pieces.get(anchor[1] - 1).text());
    }

    /**
     * Whether the row's target, actual, 分值 and 得分 are read for sure whatever the division of its other text, or of a
     * neighbour's ({@link GridCell#VALUES_ON_LINE}): its anchor ends with them, one piece each, in its one best placement
     * (no stray piece), and the target read there cannot be the name ({@link Piece#targetMayBeName}).
     */
    private boolean valuesSure(BoxRows.Row row, String name, List<Piece> pieces, int[] anchor) {
        return !row.ambiguous() && !row.hasStray() && valuesAnchored(row, pieces, anchor)
                && !Piece.targetMayBeName(name, row.cell(column("target")));
    }

    /** Whether the row's anchor ends with its target, actual, 分值 and 得分 as the row reads them, one piece each. */
    private boolean valuesAnchored(BoxRows.Row row, List<Piece> pieces, int[] anchor) {
        String[] roles = {"target", "actual", "weight", "score"};
        if (anchor[1] - anchor[0] < roles.length) {
            return false;
        }
        for (int k = 0; k < roles.length; k++) {
            int c = column(roles[k]);
            if (c < 0 || !row.cell(c).equals(pieces.get(anchor[1] - roles.length + k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The 总分 row: its label, and its two numbers under 分值 and 得分, from its box or the boxes of numbers after it.
     * Two numbers printed on lines of their own are in column order only where they take as many lines: a wrapped
     * one comes after a one-line one wherever it stands. The one that the rows' 分值 add up to (with the funding
     * block's, where given) is then the 分值, else the one the rows' 得分 add up to the 得分, where neither the larger
     * ({@link #bySum}); where both are and differ, the two are kept in one cell, which reads as a parse finding on the
     * total.
     */
    TextRow total(List<Box> boxes, FundingPoints funding) {
        Box box = boxes.get(0);
        List<Piece> numbers = new ArrayList<>();
        for (String cell : box.cells().subList(1, box.cells().size())) {
            numbers.add(Piece.of(cell, 1, box.line()));
        }
        for (int i = 1; i < boxes.size() && numbers.size() < 2 && box.oneLine(); i++) {
            List<Piece> pieces = BoxPieces.of(boxes.subList(i, i + 1));
            if (pieces.isEmpty() || !pieces.stream().allMatch(p -> p.kind() == Piece.Kind.NUMBER)) {
                break;
            }
            numbers.addAll(pieces);
            totalBoxes.add(boxes.get(i));
        }
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) {
            texts.add(c == 0 ? box.cells().get(0) : "");
        }
        int weight = column("weight");
        int score = column("score");
        if (weight <= 0 || score <= 0 || numbers.size() != 2) {
            List<String> row = new ArrayList<>(List.of(box.cells().get(0)));
            numbers.forEach(p -> row.add(p.text()));
            return new TextRow(box.line(), true, row);
        }
        String[] pair = numbers.get(0).lines() == numbers.get(1).lines()
                ? new String[] {numbers.get(0).text(), numbers.get(1).text()}
                : bySum(numbers.get(0).text(), numbers.get(1).text(), funding, true);
        if (pair != null) {
            texts.set(weight, pair[0]);
            texts.set(score, pair[1]);
        } else {
            texts.set(weight, numbers.get(0).text() + " " + numbers.get(1).text());
        }
        return new TextRow(box.line(), true, texts);
    }

    /**
     * The 分值 and 得分 of two numbers whose printed order does not tell their columns: the 分值 is the one the rows'
     * 分值 add up to (or that sum with the funding block's). Where neither is (the form's weights do not add up, which
     * the rules report) or a row's 分值 is no number, the 得分 is the one alone that the rows' 得分 add up to (with the
     * funding block's): a form whose weights were raised may score above its 总分's 分值. Where that does not tell
     * either, with {@code larger} the larger is the 分值, as a 得分 is out of its 分值 (no rule checks the 总分's 得分
     * against its 分值), else null; null where both are sums and they differ, or a number is not plain, and null where
     * one is what the 分值 add up to and also what the 得分 add up to while the other is neither: the form's weights or
     * its scores do not add up (729046 f058: weights raised to 99 with scores of 99, 总分 100.00 and 99.00), and which
     * of the two is wrong is what the sum checks would say; read either way it would raise one of them on a guess.
     */
    private String[] bySum(String a, String b, FundingPoints funding, boolean larger) {
        if (!ValueParser.isPlainNumber(a) || !ValueParser.isPlainNumber(b)) {
            return null;
        }
        List<BigDecimal> sums = rowSums(rowWeights, funding.weight());
        boolean isA = among(sums, a);
        boolean isB = among(sums, b);
        if (isA && isB) {
            return a.equals(b) ? new String[] {a, b} : null;
        }
        List<BigDecimal> scores = rowSums(rowScores, funding.score());
        boolean scoreA = among(scores, a);
        boolean scoreB = among(scores, b);
        if (isA || isB) {
            boolean alsoTheScores = isA ? scoreA && !scoreB : scoreB && !scoreA;
            return alsoTheScores ? null : isA ? new String[] {a, b} : new String[] {b, a};
        }
        if (scoreA != scoreB) {
            return scoreA ? new String[] {b, a} : new String[] {a, b};
        }
        if (!larger) {
            return null;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(b)) >= 0 ? new String[] {a, b} : new String[] {b, a};
    }

    /** Whether the plain number is one of the sums (by value: 100 is 100.00). */
    private static boolean among(List<BigDecimal> sums, String number) {
        BigDecimal n = new BigDecimal(number);
        return sums.stream().anyMatch(x -> x.compareTo(n) == 0);
    }

    /**
     * The rows' 分值 (or 得分) summed, and with the funding block's where given; none where a row's is not a number.
     */
    private static List<BigDecimal> rowSums(List<String> rows, BigDecimal funding) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String w : rows) {
            if (!ValueParser.isPlainNumber(w)) {
                return List.of();
            }
            sum = sum.add(new BigDecimal(w));
        }
        return rows.isEmpty() ? List.of() : funding == null ? List.of(sum) : List.of(sum, sum.add(funding));
    }

    /**
     * The 总分 row whose numbers wrapped in their cells (100.0 / 0): each one's first line stands above the label's line,
     * its last below. Either one wrapped ({@code firsts} one lone number before the label) and the other number stands
     * on the label's line or just after it, or both wrapped ({@code firsts} two lone numbers before the label alone,
     * two after it). Which first line goes with which last line, and which number is the 分值, the order does not tell:
     * both pairings must give the same two numbers, and the 分值 is the one the rows' 分值 add up to ({@link #total}).
     * Otherwise the numbers are kept in one cell, a parse finding on the total, or, for two first lines, null: the
     * lone numbers may be the rows' (the caller reads them so).
     */
    TextRow wrappedTotal(List<Box> firsts, List<Box> boxes, FundingPoints funding) {
        Box box = boxes.get(0);
        List<String> heads = firsts.stream().map(b -> b.lines().get(0)).toList();
        List<String> after = new ArrayList<>(box.cells().subList(1, box.cells().size()));
        for (int i = 1; i < boxes.size() && after.size() < 2 && box.oneLine(); i++) {
            List<Piece> pieces = BoxPieces.of(boxes.subList(i, i + 1));
            if (pieces.isEmpty() || !pieces.stream().allMatch(p -> p.kind() == Piece.Kind.NUMBER)) {
                break;
            }
            pieces.forEach(p -> after.add(p.text()));
            totalBoxes.add(boxes.get(i));
        }
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) {
            texts.add(c == 0 ? box.cells().get(0) : "");
        }
        int weight = column("weight");
        int score = column("score");
        String[] pair = weight > 0 && score > 0 && after.size() == 2 ? joinedPair(heads, after, funding) : null;
        if (pair == null && heads.size() == 2) {
            totalBoxes.clear();
            return null;
        }
        if (pair != null) {
            texts.set(weight, pair[0]);
            texts.set(score, pair[1]);
        } else {
            List<String> numbers = new ArrayList<>(heads);
            numbers.addAll(after);
            texts.set(weight > 0 ? weight : 1, String.join(" ", numbers));
        }
        return new TextRow(box.line(), true, texts);
    }

    /**
     * The 分值 and 得分 of a wrapped total (see {@link #wrappedTotal}) from the first lines before its label and the two
     * numbers after it, or null where they do not tell.
     */
    private String[] joinedPair(List<String> heads, List<String> after, FundingPoints funding) {
        if (heads.size() == 1) {
            return bySum(after.get(0), heads.get(0) + after.get(1), funding, true);
        }
        List<String> straight = Stream.of(heads.get(0) + after.get(0), heads.get(1) + after.get(1)).sorted().toList();
        List<String> crossed = Stream.of(heads.get(0) + after.get(1), heads.get(1) + after.get(0)).sorted().toList();
        return straight.equals(crossed) ? bySum(straight.get(0), straight.get(1), funding, false) : null;
    }

    /** Whether the box was read as the 总分's numbers. */
    boolean totalBox(Box box) {
        return totalBoxes.contains(box);
    }

    /**
     * The anchors: in each one-line box whose cells end with two numbers (a reason or a placeholder may follow), the
     * box's pieces up to the 得分. What follows may be the row's reason or a cell of the row below that the extractor
     * joined to the line (its one-line target, level to the left): {@link BoxRows} decides.
     */
    private static List<int[]> anchors(List<Piece> pieces, List<Integer> boxOf) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int end = i;
            while (end < pieces.size() && boxOf.get(end).equals(boxOf.get(i))) {
                end++;
            }
            int score = pieces.get(i).lines() == 1 ? pointsEnd(pieces.subList(i, end)) : -1;
            if (score >= 0) {
                out.add(new int[] {i, i + score + 1});
            }
            i = end;
        }
        return out;
    }

    /** The index of the 得分 in a box's pieces: the last number, after another; -1 where there is none. */
    static int pointsEnd(List<Piece> box) {
        for (int j = box.size() - 1; j >= 1; j--) {
            if (box.get(j).kind() == Piece.Kind.NUMBER) {
                return box.get(j - 1).kind() == Piece.Kind.NUMBER ? j : -1;
            }
        }
        return -1;
    }

    private static int count(List<Piece> pieces, Piece.Kind kind) {
        int n = 0;
        for (Piece p : pieces) {
            n += p.kind() == kind ? 1 : 0;
        }
        return n;
    }

    private int column(String role) {
        for (int c = 0; c < roles.length; c++) {
            if (role.equals(roles[c])) {
                return c;
            }
        }
        return -1;
    }

    /** How well a piece fits each column of the indicator table. */
    record Costs(String[] roles, boolean merged1, boolean merged2) implements ColumnFit.Costs {
        private static final double NAME_MISSING = 6;
        private static final double VALUE_MISSING = 2.5;
        private static final double POINTS_MISSING = 30;
        private static final double LABEL_MISSING = 0.3;
        /** A 分值 or 得分 printed as a placeholder is rare; a reason's / after them is common. */
        private static final double PLACEHOLDER_POINTS = 5;

        @Override
        public double place(Piece p, int column) {
            return switch (roles[column]) {
                case "weight", "score" -> p.kind() == Piece.Kind.NUMBER ? 0
                        : p.kind() == Piece.Kind.PLACEHOLDER ? PLACEHOLDER_POINTS : ColumnFit.IMPOSSIBLE;
                case "level1" -> !merged1 && p.kind() == Piece.Kind.LEVEL1 ? 0 : ColumnFit.IMPOSSIBLE;
                case "level2" -> !merged2 && p.kind() == Piece.Kind.LEVEL2 ? 0 : ColumnFit.IMPOSSIBLE;
                case "name" -> switch (p.kind()) {
                    case TEXT -> p.sentence() ? 3 : 0;
                    case VALUE -> 3;
                    case NUMBER, PERCENT, PLACEHOLDER -> 8;
                    default -> ColumnFit.IMPOSSIBLE;
                };
                case "target", "actual" -> switch (p.kind()) {
                    case VALUE, NUMBER, PERCENT -> 0;
                    case PLACEHOLDER -> 0.5;
                    case TEXT -> p.text().length() > 8 || p.sentence() ? 6 : 2;
                    default -> ColumnFit.IMPOSSIBLE;
                };
                case "reason" -> switch (p.kind()) {
                    case TEXT -> p.sentence() ? 0 : 0.5;
                    case PLACEHOLDER -> 0;
                    case VALUE, PERCENT -> 4;
                    case NUMBER -> 8;
                    default -> ColumnFit.IMPOSSIBLE;
                };
                default -> ColumnFit.IMPOSSIBLE;
            };
        }

        @Override
        public double missing(int column) {
            return switch (roles[column]) {
                case "name" -> NAME_MISSING;
                case "target", "actual" -> VALUE_MISSING;
                case "weight", "score" -> POINTS_MISSING;
                case "level1" -> merged1 ? 0 : LABEL_MISSING;
                case "level2" -> merged2 ? 0 : LABEL_MISSING;
                default -> 0;
            };
        }
    }
}
