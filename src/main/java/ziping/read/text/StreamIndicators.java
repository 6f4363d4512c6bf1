package ziping.read.text;

import ziping.model.Measure;
import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicator rows of box-ordered text: the pieces between an indicator header and the 总分 cell, in the order the
 * producer drew the cells (row by row: 一级, 二级, name, target, actual, 分值, 得分, reason; a merged label only in
 * its first row, an empty cell not at all). Rows are anchored on their 分值 and 得分 (the last two of a run of plain
 * numbers); the pieces between two anchors are the earlier row's reason and the later row's labels, name, target
 * and actual, divided where every cell's lines wrap as one cell's do, labels read as labels and values as values
 * ({@link #misfit}). A division that two readings fit equally well is ambiguous: the row is returned marked so.
 */
final class StreamIndicators {
    private static final int MISFIT = 10;
    /**
     * How much narrower than the column's widest line a wrapped line may be with the next line's first unit: display
     * widths only approximate the font's.
     */
    private static final int FULL_SLACK = 2;
    /** What a name beginning with a level label costs after 0, 1 or 2 printed labels. */
    private static final int[] LABEL_COST = {5, 1, 0};
    private static final int MAX_VALUE_LINES = 3;
    private static final int MAX_LABEL_LINES = 4;
    /** Longer cells are not read: a name or reason of more lines than these leaves the table unread. */
    private static final int MAX_NAME_LINES = 16;
    private static final int MAX_REASON_LINES = 40;

    /** One indicator row's cells: labels (0 to 2, as printed), name, target, actual, 分值, 得分, reason. */
    record Row(List<String> labels, String name, String target, String actual, String weight, String score,
               String reason, int line, boolean ambiguous, boolean reasonChosen) {

        List<String> cells() {
            List<String> out = new ArrayList<>(labels);
            out.add(name);
            out.add(target);
            out.add(actual);
            out.add(weight);
            out.add(score);
            out.add(reason);
            return out;
        }
    }

    /** The header roles of the columns whose widths are kept, in the order of {@link #NAME} … {@link #ACTUAL}. */
    static final List<String> COLUMNS = List.of("name", "reason", "target", "actual");
    private static final int NAME = 0;
    private static final int REASON = 1;
    private static final int TARGET = 2;
    private static final int ACTUAL = 3;
    /** The column of each cell of a division's cut: reason, 一级, 二级, name, target, actual. */
    private static final int[] ROLES = {REASON, -1, -1, NAME, TARGET, ACTUAL};

    private final List<StreamPiece> pieces;
    /** The widest line of a wrapped cell seen in each column (0 while none): a line wider cannot be in it. */
    private final int[] full = new int[4];

    /** The widest line the header's wrapping lets each column hold (0 where it does not tell). */
    private final int[] limits;

    private StreamIndicators(List<StreamPiece> pieces, int[] limits) {
        this.pieces = pieces;
        this.limits = limits;
    }

    /** The rows of the body pieces; empty when no 分值/得分 pair anchors a row. */
    static List<Row> read(List<StreamPiece> body, int[] limits) {
        return new StreamIndicators(body, limits).rows();
    }

    private List<Row> rows() {
        List<Integer> anchors = new ArrayList<>();
        for (int k = 0; k + 1 < pieces.size(); k++) {
            if (isPlain(k) && isPlain(k + 1) && (k + 2 == pieces.size() || !isPlain(k + 2))) {
                anchors.add(k);
            }
        }
        if (anchors.isEmpty()) {
            return List.of();
        }
        List<Division> divisions = divisions(anchors);
        if (divisions == null) {
            return List.of();
        }
        for (Division d : divisions) {
            if (!d.ambiguous()) {
                for (int c = 0; c < d.cut().length - 1; c++) {
                    int role = ROLES[c];
                    if (role >= 0 && d.cut()[c + 1] - d.cut()[c] >= 2) {
                        for (int k = d.cut()[c]; k < d.cut()[c + 1]; k++) {
                            if (!isGluedToLabel(k)) {
                                full[role] = Math.max(full[role], pieces.get(k).width());
                            }
                        }
                    }
                }
            }
        }
        divisions = divisions(anchors);
        int from = anchors.get(anchors.size() - 1) + 2;
        List<Row> rows = new ArrayList<>(anchors.size());
        for (int r = 0; r < anchors.size(); r++) {
            Division d = divisions.get(r);
            int weight = anchors.get(r);
            boolean last = r + 1 == anchors.size();
            String reason = last ? StreamPiece.join(pieces, from, pieces.size()) : divisions.get(r + 1).reason();
            boolean unsure = d.ambiguous() || (last ? !StreamPiece.wraps(pieces, from, pieces.size())
                    : divisions.get(r + 1).reasonInDoubt());
            rows.add(new Row(d.labels(), d.name(), d.target(), d.actual(), pieces.get(weight).text(),
                    pieces.get(weight + 1).text(), reason, d.line(), unsure,
                    !last && divisions.get(r + 1).reasonChosen()));
        }
        return rows;
    }

    private List<Division> divisions(List<Integer> anchors) {
        List<Division> divisions = new ArrayList<>(anchors.size());
        int from = 0;
        for (int r = 0; r < anchors.size(); r++) {
            Division d = divide(from, anchors.get(r), r > 0, r > 0 && deducted(anchors.get(r - 1)));
            if (d == null) {
                return null;
            }
            divisions.add(d);
            from = anchors.get(r) + 2;
        }
        return divisions;
    }

    /**
     * Whether the target of {@code t} pieces from {@code at} and the actual of {@code a} pieces after it are the same
     * text: a reached target is often printed again ({@code 逐步提升} / {@code 逐步提升}), which a reading that leaves
     * the target empty and gives its lines to the name would break. Two cells of one width wrap the same text alike,
     * so each line they share counts ({@code 按计划完} / {@code 成} twice is not a name's last line and a one-line
     * target {@code 成}).
     */
    private boolean sameText(int at, int t, int a) {
        return t == a && StreamPiece.join(pieces, at, at + t).equals(StreamPiece.join(pieces, at + t, at + t + a));
    }

    /** Whether a cell boundary before piece {@code at} would cut a number: a digit on both sides of it. */
    private boolean splitsNumber(int at) {
        String before = pieces.get(at - 1).text();
        char first = pieces.get(at).text().charAt(0);
        return Character.isDigit(before.charAt(before.length() - 1)) && (Character.isDigit(first) || first == '.');
    }

    /** Whether the row whose 分值 is piece {@code weight} lost points: its 得分 is below its 分值. */
    private boolean deducted(int weight) {
        Integer c = ValueParser.compareNumbers(pieces.get(weight + 1).text(), pieces.get(weight).text());
        return c != null && c < 0;
    }

    private boolean isPlain(int k) {
        return ValueParser.isPlainNumber(pieces.get(k).text());
    }

    /**
     * One row's division; {@code ambiguous} when another reading fits as well (or none fits well), {@code reasonInDoubt}
     * when those readings also end the earlier row's reason elsewhere: readings that differ only after it (a lone value
     * that could be the target or the actual) leave the earlier row's text certain. {@code reasonChosen} when the
     * earlier row lost points and its reason was taken from text that fits the start of this row's name as well: only
     * that a deducted row is likelier to carry a reason decided it, which is said (ZP004), not hidden.
     */
    private record Division(String reason, List<String> labels, String name, String target, String actual, int line,
                            boolean ambiguous, boolean reasonInDoubt, boolean reasonChosen, int[] cut) {
    }

    /**
     * The best division of pieces [from, to) into the earlier row's reason (when {@code reason}), labels, name, target
     * and actual; null when none fits. Two labels printed 二级 first (a merged 二级 cell repeated on a new page is drawn
     * before the row's 一级 cell) are put back in their columns' order: where neither fits its place, or the first is
     * a 二级 label only ({@code 社会效益指标}) and the second a whole 一级 label ({@code 效益指标}, which a 二级 label
     * contains).
     */
    private Division divide(int from, int to, boolean reason, boolean deducted) {
        int best = Integer.MAX_VALUE;
        int ties = 0;
        boolean reasonTies = false;
        int[] cut = null;
        int bestFit = Integer.MAX_VALUE;
        int bestFitReason = -1;
        boolean fitsAsName = false;
        for (int a = 0; a <= MAX_VALUE_LINES; a++) {
            for (int t = 0; t <= MAX_VALUE_LINES; t++) {
                int nameEnd = to - a - t;
                if (nameEnd <= from || a + t == 0) {
                    continue;
                }
                int values = misfitValue(nameEnd, nameEnd + t, TARGET) + misfitValue(nameEnd + t, to, ACTUAL)
                        + (splitsNumber(nameEnd) ? 2 : 0) - (t > 0 && a > 0 && sameText(nameEnd, t, a) ? t : 0);
                int lastReason = reason ? nameEnd - 1 : from;
                int firstName = Math.max(from, nameEnd - MAX_NAME_LINES - 2 * MAX_LABEL_LINES);
                if (!reason && firstName > from || firstName - from > MAX_REASON_LINES) {
                    continue;
                }
                for (int s = from; s <= lastReason; s = s == from ? Math.max(from + 1, firstName) : s + 1) {
                    int reasonCost = s == from ? 0 : misfitReason(from, s);
                    for (int l1 = s; l1 <= Math.min(nameEnd - 1, s + MAX_LABEL_LINES); l1++) {
                        if (l1 > s && !isLabel(s, l1)) {
                            continue;
                        }
                        for (int l2 = l1; l2 <= Math.min(nameEnd - 1, l1 + MAX_LABEL_LINES); l2++) {
                            if (l2 > l1 && !isLabel(l1, l2)) {
                                continue;
                            }
                            int labels = (l1 > s ? 1 : 0) + (l2 > l1 ? 1 : 0);
                            int fit = values + reasonCost + misfitName(l2, nameEnd, labels);
                            if (fit < bestFit) {
                                bestFit = fit;
                                bestFitReason = s;
                                fitsAsName = false;
                            } else if (fit == bestFit && (s == from) != (bestFitReason == from)) {
                                fitsAsName = true;
                            }
                            int cost = fit * 2 + (reason && (s > from) != deducted ? 1 : 0);
                            if (cost < best) {
                                best = cost;
                                ties = 1;
                                reasonTies = false;
                                cut = new int[] {s, l1, l2, nameEnd, nameEnd + t};
                            } else if (cost == best && (cut[0] != s || cut[2] != l2 || cut[3] != nameEnd
                                    || cut[4] != nameEnd + t)) {
                                ties++;
                                reasonTies |= cut[0] != s;
                            }
                        }
                    }
                }
            }
        }
        if (cut == null) {
            return null;
        }
        List<String> labels = new ArrayList<>(2);
        if (cut[1] > cut[0]) {
            labels.add(StreamPiece.join(pieces, cut[0], cut[1]));
        }
        if (cut[2] > cut[1]) {
            labels.add(StreamPiece.join(pieces, cut[1], cut[2]));
        }
        if (labels.size() == 2 && (!LevelWords.fits(labels.get(0), 1) && !LevelWords.fits(labels.get(1), 2)
                || LevelWords.isLevel2Only(labels.get(0)) && LevelWords.isLevel1(labels.get(1)))) {
            labels.add(labels.remove(0));
        }
        return new Division(StreamPiece.join(pieces, from, cut[0]), labels, StreamPiece.join(pieces, cut[2], cut[3]),
                StreamPiece.join(pieces, cut[3], cut[4]), StreamPiece.join(pieces, cut[4], to), pieces.get(cut[0]).line(),
                ties > 1 || best >= 2 * MISFIT, reasonTies || best >= 2 * MISFIT,
                deducted && cut[0] > from && fitsAsName && best < 2 * MISFIT,
                new int[] {from, cut[0], cut[1], cut[2], cut[3], cut[4], to});
    }

    /**
     * Whether pieces [from, to) wrap as one cell: no two on one printed line (an extractor that joins a baseline's
     * cells puts a space between them), no line wider than the column's widest wrapped line (a line with letters,
     * digits or signs by up to {@link #FULL_SLACK} more) or than its header lets it be, and none but the last ending before the column is full (the next line's first unbreakable unit would
     * have fitted after it); a name PDFBox printed glued to its label is a whole cell (its lines joined), and so is a
     * reason it printed on its row's 得分 line.
     */
    private boolean fits(int from, int to, int column) {
        if (!StreamPiece.wraps(pieces, from, to) || to - from > 1 && isGluedToLabel(from)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            int w = pieces.get(k).width();
            int slack = w == 2 * pieces.get(k).text().length() ? 1 : 1 + FULL_SLACK;
            if ((full[column] > 0 && w > full[column] + slack || limits[column] > 0 && w > limits[column])
                    && !joinedAfterLabel(k, to) && !(column == REASON && joinedAfterScore(from, to))) {
                return false;
            }
            if (k + 1 < to && (pieces.get(k + 1).line() == pieces.get(k).line() || full[column] > 0
                    && !isFull(pieces.get(k), pieces.get(k + 1).text(), full[column]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a wrapped line is full: the next line's first unbreakable unit would not have fitted after it in a
     * column at least {@code full} wide. Ideographs are exactly as wide as counted; letters, digits and signs only
     * about, so a line with them may fall short by {@link #FULL_SLACK}.
     */
    private static boolean isFull(StreamPiece line, String next, int full) {
        int unit = StreamPiece.firstUnit(next);
        boolean exact = line.width() == 2 * line.text().length() && next.charAt(0) >= 0x80 && unit % 2 == 0;
        return line.width() + unit > (exact ? full : full - FULL_SLACK);
    }

    /**
     * Whether piece {@code k}, the whole cell up to {@code to}, follows a level label on its printed line: PDFBox joins
     * the wrapped lines of a name that stands beside its label into one, wider than the column.
     */
    private boolean joinedAfterLabel(int k, int to) {
        return k + 1 == to && isGluedToLabel(k);
    }

    /**
     * Whether pieces [from, to) are one piece printed on the line of the 得分 before it: PDFBox prints a reason that
     * shares the row's baseline there with its lines joined, wider than its column.
     */
    private boolean joinedAfterScore(int from, int to) {
        return to - from == 1 && from > 0 && pieces.get(from - 1).line() == pieces.get(from).line() && isPlain(from - 1);
    }

    /** Whether piece {@code k} was printed without a gap after a level label (PDFBox): then it is a whole name. */
    private boolean isGluedToLabel(int k) {
        return pieces.get(k).glued() && k > 0 && isLevelLabel(pieces.get(k - 1).text());
    }

    private boolean isLabel(int from, int to) {
        return StreamPiece.wraps(pieces, from, to) && isLevelLabel(StreamPiece.join(pieces, from, to));
    }

    /** Whether a text is shaped as a 一级 or 二级 label: a short text ending in 指标 with no other 指标 in it. */
    static boolean isLevelLabel(String text) {
        int n = text.length();
        return n >= 4 && n <= 10 && text.endsWith("指标") && text.indexOf("指标") == n - 2
                && text.chars().allMatch(Character::isIdeographic) && !isHeaderWord(text);
    }

    /** 一级指标, 二级指标, 三级指标: the header's words, not a row's labels. */
    private static boolean isHeaderWord(String text) {
        return text.length() == 4 && text.charAt(1) == '级' && "一二三".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * How badly pieces [from, to) fit a name after {@code labels} label cells: a name beginning like a value, a line of
     * it beginning like one (the first line of a target that wrapped, {@code 2022年12月底} / {@code 前}), or a name
     * beginning like a level label where a label could still stand (the fewer labels printed before it, the likelier).
     */
    private int misfitName(int from, int to, int labels) {
        if (!fits(from, to, NAME)) {
            return MISFIT;
        }
        String text = pieces.get(from).text();
        int cost = 0;
        if (startsLikeValue(text)) {
            cost += 3;
        }
        for (int k = from + 1; k < to; k++) {
            if (startsLikeValue(pieces.get(k).text())) {
                cost += 2;
            }
        }
        return beginsWithLabel(from, to) ? cost + LABEL_COST[labels] : cost;
    }

    /** Whether the first pieces of [from, to) join to a level label: they would be the row's label, not text. */
    private boolean beginsWithLabel(int from, int to) {
        for (int k = from + 1; k <= Math.min(to, from + MAX_LABEL_LINES); k++) {
            if (isLevelLabel(StreamPiece.join(pieces, from, k))) {
                return true;
            }
        }
        return false;
    }

    private int misfitReason(int from, int to) {
        if (!fits(from, to, REASON)) {
            return MISFIT;
        }
        return isLevelLabel(pieces.get(to - 1).text()) || beginsWithLabel(from, to) || endsInLabel(from, to) ? 5 : 0;
    }

    /**
     * Whether the last lines of a reason [from, to) join with the lines after it into one level label: a label that
     * wrapped ({@code 生态环境} / {@code 成本指标}) cut after its first line, whose tail alone reads as a shorter label.
     */
    private boolean endsInLabel(int from, int to) {
        for (int k = to - 1; k >= Math.max(from, to - MAX_LABEL_LINES + 1); k--) {
            String line = pieces.get(k).text();
            if (line.length() > 5 || !line.chars().allMatch(Character::isIdeographic)) {
                return false;
            }
            for (int e = to + 1; e <= Math.min(pieces.size(), k + MAX_LABEL_LINES); e++) {
                if (isLabel(k, e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How badly pieces [from, to) fit a target or actual: an empty cell costs a little, nothing where the text marks an
     * empty cell there ({@link StreamPiece#afterEmpty}: a browser's PDF), so a lone value goes where the mark is not.
     */
    private int misfitValue(int from, int to, int column) {
        if (from == to) {
            return pieces.get(from).afterEmpty() ? 0 : 1;
        }
        if (!fits(from, to, column)) {
            return MISFIT;
        }
        String text = StreamPiece.join(pieces, from, to);
        if (ValueParser.isPlaceholder(text)) {
            return 0;
        }
        int cost = (ValueParser.measure(text) != null ? 0 : 1) + (to - from - 1);
        if (!startsLikeValue(text) && isContinuation(text.charAt(0))) {
            cost += 3;
        }
        return cost;
    }

    /**
     * Whether a text begins as a value does: a digit or comparator sign, or a comparator word before a number
     * ({@code 不超过10}, the first line of a wrapped target {@code 不超过10} / {@code 小时}).
     */
    private static boolean startsLikeValue(String text) {
        char c = text.charAt(0);
        if (Character.isDigit(c) || "≥≤<>＞＜=≧≦".indexOf(c) >= 0) {
            return true;
        }
        if (COMPARATOR_STARTS.indexOf(c) < 0) {
            return false;
        }
        Measure m = ValueParser.measure(text);
        return m != null && m.comparator() != null;
    }

    /** The first characters of the comparator words ({@code 不超过}, {@code 不低于}, {@code 大于} …). */
    private static final String COMPARATOR_STARTS = "大不至最小高超多低少等";

    /** A character that cannot begin a cell: closing punctuation, a unit's slash or a percent sign. */
    private static boolean isContinuation(char c) {
        return "%）)。，、/；：.".indexOf(c) >= 0;
    }
}
