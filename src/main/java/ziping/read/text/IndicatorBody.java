package ziping.read.text;

import ziping.grid.GridCell;
import ziping.model.FigureKind;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The lines of one part of an indicator table in layout text: each word in its column, the values lines (分值 and
 * 得分 numbers) as the rows' anchors, and each column's text lines given to the rows ({@link RunSplit}).
 */
final class IndicatorBody {
    /**
     * How much narrower than the column's wrap width a line may be and still fill it: a Han character takes two places,
     * so a line one place short is full; a name a whole character short ends its cell.
     */
    private static final int HAN_SLACK = 1;
    /** The same for reasons: CJK punctuation that may not start a line takes its character with it to the next. */
    private static final int PUNCTUATED_SLACK = 2;
    /**
     * What a target or actual cell costs where its lines, joined, read as no value (a tie-break between splits of a
     * run alike otherwise: {@code ≥24.9万} / {@code 平方米} over the next row's {@code ≤72周} is one value, {@code 平方米≤72周}
     * none).
     */
    private static final double NO_VALUE = 0.75;
    /**
     * What a target or actual cell costs for each line that opens a value of its own (a comparator or a word value:
     * {@code ≥98%}, {@code 不低于98%}, {@code 显著提升}) under a line that is a whole value already ({@code ≥85%}): a value's
     * wrapped end ({@code 元}, {@code 9日}, {@code 成}) opens none, so the two are two rows' values.
     */
    private static final double TWO_VALUES = 1.5;

    /**
     * How far off its values line a cell of an even number of lines is centred at best: its middle falls between two
     * lines, and the extractor rounds the values line to either (各街道（乡镇）应 / 急演练工作及时率 over a values
     * line is as well centred as a cell of three lines on it). Not for reasons: a row without one is common, and a
     * long reason's last line would go to it.
     */
    private static final double EVEN_OFF = 0.5;

    /** How far right of 得分's middle a word starts at least to be taken for a reason's ({@link #reasonPlace}). */
    private static final int REASON_GAP = 2;

    /** How many lines below its 分值 a split 得分 may stand ({@link #splitScore}). */
    private static final int SCORE_BELOW = 2;
    /** How many lines above its 分值 a split 得分 may stand (beside a reason wrapped above the values). */
    private static final int SCORE_ABOVE = 3;

    /**
     * What a reason cell costs where it ends mid-sentence in a table whose reasons end with a full stop: its last
     * lines were given to the row below, or the row above's went to it.
     */
    private static final double UNFINISHED = 2;
    /**
     * How many lines of other cells' words a reason that stops mid-sentence may cross to its next line: Chromium's text
     * prints a wrapped reason's lines at their own heights, so those of a row's name and values can stand between them.
     */
    private static final int REASON_BRIDGE = 3;
    /** What ends a sentence: a reason ending with none of these goes on. */
    private static final String SENTENCE_ENDS = "。；！？.;!?";

    /** The fewest characters of a word taken for a name's line (labels wrap after four or five). */
    private static final int NAME_WORD = 6;
    private final List<List<LayoutToken>> tokens;
    final int from;
    final int to;
    final List<LayoutColumn> columns;
    final double[] bounds;
    final int leftBound;
    /** column of each token of each line of the body, -1 where outside the columns. */
    int[][] columnOf;
    List<Integer> anchors = List.of();
    Set<Integer> anchorSet = Set.of();
    /** row of each line for each column, -1 where none. */
    int[][] rowOf;
    /** The lines holding a 得分 split off its values line ({@link #splitScore}), each with that values line. */
    private final Map<Integer, Integer> splitScores = new HashMap<>();
    /** The 得分 column where {@link #splitScores} has lines. */
    private int splitColumn = -1;

    IndicatorBody(List<List<LayoutToken>> tokens, int from, int to, List<LayoutColumn> columns, int leftBound) {
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.columns = columns;
        this.leftBound = leftBound;
        bounds = new double[columns.size()];
        for (int c = 0; c + 1 < columns.size(); c++) {
            LayoutColumn a = columns.get(c);
            LayoutColumn b = columns.get(c + 1);
            bounds[c] = a.left() && b.left() ? a.end() : a.left() || b.left() ? (a.end() + b.start()) / 2.0
                    : (a.center() + b.center()) / 2;
        }
        bounds[columns.size() - 1] = Double.MAX_VALUE;
        columnOf = new int[to - from][];
        for (int line = from; line < to; line++) {
            List<LayoutToken> t = tokens.get(line);
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
            String role = columns.get(c).role();
            level[c] = role.equals("level1") ? 1 : role.equals("level2") ? 2
                    : role.equals("weight") || role.equals("score") ? LineColumns.NUMBERS
                    : role.equals("name") && LayoutColumn.index(columns, "target") >= 0 ? LineColumns.NAMES : 0;
            at[c] = left[c] ? columns.get(c).start() : columns.get(c).center();
        }
        int[][] fixed = new int[to - from][];
        List<Integer> found = new ArrayList<>();
        int target = LayoutColumn.index(columns, "target");
        int actual = LayoutColumn.index(columns, "actual");
        Map<Integer, Integer> stacked = stackedRuns();
        for (int line = from; line < to; line++) {
            if (splitScores.containsKey(line)) {
                continue;
            }
            List<LayoutToken> t = tokens.get(line);
            int[] f = new int[t.size()];
            Arrays.fill(f, -1);
            for (int k = 0; k < t.size(); k++) {
                if (isOuterLabel(t.get(k))) {
                    f[k] = LineColumns.OUTSIDE;
                }
            }
            for (int k = t.size() - 2; k >= 0; k--) {
                if (LayoutWords.isPlainNumber(t.get(k).text()) && LayoutWords.isPlainNumber(t.get(k + 1).text())) {
                    f[k] = weight;
                    f[k + 1] = weight + 1;
                    for (int j = k + 2; j < t.size(); j++) {
                        f[j] = Math.min(m - 1, weight + 2);
                    }
                    if (target >= 0 && actual == target + 1) {
                        ValuesPair.hold(t, f, k, target, actual);
                    }
                    found.add(line);
                    break;
                }
            }
            fixed[line - from] = f;
            Split split = found.contains(line) || stacked.containsKey(line) ? null : splitScore(line, found);
            if (split != null) {
                List<LayoutToken> below = tokens.get(split.scoreLine());
                int reason = Math.min(m - 1, weight + 2);
                f[split.weightWord()] = weight;
                Arrays.fill(f, split.weightWord() + 1, t.size(), reason);
                if (target >= 0 && actual == target + 1) {
                    ValuesPair.hold(t, f, split.weightWord(), target, actual);
                }
                int[] g = new int[below.size()];
                Arrays.fill(g, -1);
                int score = scoreWord(below);
                g[score] = weight + 1;
                Arrays.fill(g, score + 1, below.size(), reason);
                fixed[split.scoreLine() - from] = g;
                found.add(line);
                splitScores.put(split.scoreLine(), line);
                splitColumn = weight + 1;
            }
        }
        stackedValues(stacked, fixed, found, weight, target, actual);
        scaleToValues(at, found, fixed, weight);
        int name = LayoutColumn.index(columns, "name");
        int names = name < 0 ? -1 : nameStart(at[LayoutColumn.firstValue(columns)]);
        double[][] samples = new double[m][found.size()];
        for (int round = 0; round < 2; round++) {
            if (names >= 0) {
                at[name] = names;
            }
            LabelPlaces.place(tokens, from, to, at, level);
            int[] count = new int[m];
            for (int line : found) {
                List<LayoutToken> t = tokens.get(line);
                double squeeze = ValuesSqueeze.of(t, fixed[line - from], name, weight, at);
                int[] col = LineColumns.assign(t, ValuesSqueeze.places(at, squeeze, name, weight), left, level,
                        fixed[line - from]);
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
            int reason = weight + 2;
            if (reason < m && count[reason] == 0 && columns.get(reason).role().equals("reason")) {
                at[reason] = reasonPlace(at[reason], at[weight + 1]);
            }
        }
        LabelPlaces.place(tokens, from, to, at, level);
        for (int line = from; line < to; line++) {
            double squeeze = ValuesSqueeze.of(tokens.get(line), fixed[line - from], name, weight, at);
            columnOf[line - from] = LineColumns.assign(tokens.get(line), ValuesSqueeze.places(at, squeeze, name, weight),
                    left, level, fixed[line - from]);
        }
        LevelSwaps.mend(tokens, from, to, columnOf, LayoutColumn.index(columns, "level1"),
                LayoutColumn.index(columns, "level2"));
        LabelEnds.mend(tokens, from, to, columnOf, LayoutColumn.index(columns, "name"),
                List.of(LayoutColumn.index(columns, "level1"), LayoutColumn.index(columns, "level2")));
        if (target >= 0 && actual == target + 1) {
            ValuesPair.mendWrapped(tokens, from, to, columnOf, found, target, actual);
        }
        Set<Integer> anchorLines = new HashSet<>(found);
        NamesAmongLabels.mend(tokens, from, to, columnOf, anchorLines, name,
                List.of(LayoutColumn.index(columns, "level1"), LayoutColumn.index(columns, "level2")));
        anchor(anchorLines::contains);
    }

    /** A 分值 word split off its 得分 ({@link #splitScore}), and the line the 得分 stands on. */
    private record Split(int weightWord, int scoreLine) {
    }

    /**
     * Where the line's 分值 and 得分 are split over it and a line near it, else null (Chromium sets a row whose target
     * wraps with its 分值 on the first line and its 得分 on the second: {@code 2022年12月底 2022年12月3 2.0} /
     * {@code 前 日 2.00}, or on the third where the second holds no digit: {@code ≤128.65 98.51万元 10} /
     * {@code 要求隐患整改采购} / {@code 成本 万元 10}; a reason wrapped around them goes on after each:
     * {@code ≤329.57万 243.94万元 7.0 间推迟至次年，} / {@code 元 6.31 受疫情影响，部}; or its 得分 up to three lines above,
     * beside a wrapped reason: {@code 二级、三级安全等级测试 2.10 时配合，受疫情影} / … / {@code 完成 基本完成 3.0 响，部}):
     * the line's last plain number, with only words without a digit after it (a reason's) and no plain number before
     * it, and the last plain number of a line below or else above it, the same, standing right of it, with only lines
     * without a digit between. Or, where none stands right of it, an equal number starting the next line, not left of
     * it: which of the two is the 分值 cannot be told by their places then ({@code 全市图书采购完好率 ≥99% 100% 6.00} /
     * {@code 6.00} a character apart, where a row's 得分 under its 分值 may stand a little left of it as well as right),
     * but equal, they read the same either way.
     */
    private Split splitScore(int line, List<Integer> found) {
        List<LayoutToken> t = tokens.get(line);
        int k = scoreWord(t);
        if (k < 1 || LayoutWords.isPlainNumber(t.get(k - 1).text())) {
            return null;
        }
        int score = scoreLine(line, t.get(k), 1, SCORE_BELOW, found);
        if (score < 0) {
            score = scoreLine(line, t.get(k), -1, SCORE_ABOVE, found);
        }
        if (score < 0 && equalBelow(line, t.get(k), found)) {
            score = line + 1;
        }
        return score < 0 ? null : new Split(k, score);
    }

    /**
     * Whether the line after {@code line} starts with a plain number equal to {@code weight}, not standing left of it,
     * followed by words without a digit only.
     */
    private boolean equalBelow(int line, LayoutToken weight, List<Integer> found) {
        int l = line + 1;
        if (l >= to || found.contains(l) || splitScores.containsKey(l)) {
            return false;
        }
        List<LayoutToken> b = tokens.get(l);
        return scoreWord(b) == 0 && b.get(0).end() > weight.start()
                && Integer.valueOf(0).equals(ValueParser.compareNumbers(b.get(0).text(), weight.text()));
    }

    /**
     * The line, going {@code step} from {@code line} at most {@code reach} lines, whose last plain number (no plain
     * number before it) stands right of the 分值 word {@code weight}, past lines without a digit only; or -1.
     */
    private int scoreLine(int line, LayoutToken weight, int step, int reach, List<Integer> found) {
        for (int l = line + step; l >= from && l < to && Math.abs(l - line) <= reach; l += step) {
            List<LayoutToken> b = tokens.get(l);
            int s = scoreWord(b);
            if (s >= 0) {
                boolean free = !found.contains(l) && !splitScores.containsKey(l);
                return free && (s == 0 || !LayoutWords.isPlainNumber(b.get(s - 1).text()))
                        && b.get(s).start() > weight.end() ? l : -1;
            }
            for (LayoutToken word : b) {
                if (word.text().chars().anyMatch(Character::isDigit)) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * Anchors the rows whose 分值 and 得分 Chromium's text printed stacked ({@link #stackedRuns}): each 分值 line is a
     * values line, its 分值 the line's last word (the target and actual before it held, {@link ValuesPair#hold}), its
     * 得分 taken from its partner line in the second half ({@link #splitScores}).
     */
    private void stackedValues(Map<Integer, Integer> stacked, int[][] fixed, List<Integer> found, int weight,
                               int target, int actual) {
        stacked.forEach((weightLine, scoreLine) -> {
            if (found.contains(weightLine) || found.contains(scoreLine) || splitScores.containsKey(weightLine)
                    || splitScores.containsKey(scoreLine)) {
                return;
            }
            int[] f = fixed[weightLine - from];
            int last = scoreWord(tokens.get(weightLine));
            f[last] = weight;
            if (target >= 0 && actual == target + 1) {
                ValuesPair.hold(tokens.get(weightLine), f, last, target, actual);
            }
            fixed[scoreLine - from][0] = weight + 1;
            found.add(weightLine);
            splitScores.put(scoreLine, weightLine);
            splitColumn = weight + 1;
        });
        found.sort(null);
    }

    /**
     * The rows whose 分值 and 得分 Chromium's text printed stacked (rows of one line each, {@link #unstack}), each 分值
     * line with its 得分 line: a run of an even number, at least four, of lines that end with one plain number each,
     * the 分值 of each row in the first half (a line's target and actual may stand before it: {@code 有所提升 有所提升
     * 6.00} / {@code 100% 100% 3.00}) and its 得分 alone on its line in the second, each 得分 standing right of its 分值;
     * a reason's words may follow either number ({@code 7 /}: a one-line row's placeholder reason).
     */
    private Map<Integer, Integer> stackedRuns() {
        Map<Integer, Integer> out = new HashMap<>();
        int line = from;
        while (line < to) {
            int end = line;
            while (end < to && endsWithNumber(end)) {
                end++;
            }
            int k = (end - line) / 2;
            if (k >= 2 && (end - line) % 2 == 0 && stacked(line, k)) {
                for (int i = 0; i < k; i++) {
                    out.put(line + i, line + k + i);
                }
            }
            line = Math.max(end, line + 1);
        }
        return out;
    }

    /** Whether lines {@code first..first+k-1} are 分值 lines whose 得分 stand alone, each right of it, on the k after. */
    private boolean stacked(int first, int k) {
        if (first < from || first + 2 * k > to) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            List<LayoutToken> weightLine = tokens.get(first + i);
            if (!endsWithNumber(first + i) || !loneNumber(first + k + i)
                    || tokens.get(first + k + i).get(0).start() <= weightLine.get(scoreWord(weightLine)).end()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line's last word is a plain number and the word before it (if any) is none. */
    private boolean endsWithNumber(int line) {
        List<LayoutToken> t = tokens.get(line);
        int k = scoreWord(t);
        return k >= 0 && (k == 0 || !LayoutWords.isPlainNumber(t.get(k - 1).text()));
    }

    /** Whether a line holds one plain number and, after it, only words without a digit (a reason's: {@code 7 /}). */
    private boolean loneNumber(int line) {
        return scoreWord(tokens.get(line)) == 0;
    }

    /** The last plain number of a line (only words without a digit may follow it: a reason's), or -1. */
    private static int scoreWord(List<LayoutToken> t) {
        for (int k = t.size() - 1; k >= 0; k--) {
            String text = t.get(k).text();
            if (LayoutWords.isPlainNumber(text)) {
                return k;
            }
            if (text.chars().anyMatch(Character::isDigit)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the names start, the name column's place in each round of fitting (the values lines may hold none of a
     * name's words: LibreOffice centres a wrapped name on its row, so its lines stand above and below the values
     * line, and the header's place alone sends a name's short last line, {@code 率}, to the 二级 column): the
     * commonest start of the long words left of the values (names wrap at the column's width; labels wrap after four
     * or five characters), or -1 where no two long words start alike.
     */
    private int nameStart(double firstValue) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                String text = t.text();
                if (text.length() >= NAME_WORD && t.start() < firstValue && !text.endsWith("指标")
                        && !LayoutWords.isValue(text)) {
                    starts.merge(t.start(), 1, Integer::sum);
                }
            }
        }
        int best = -1;
        int bestCount = 1;
        for (var e : starts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && best >= 0 && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * Where a reason's words stand where no values line holds one (each reason of the part wrapped around its values
     * line): the median middle of the words right of the 得分 numbers, else {@code header} (the header's place, which
     * in a wide column can stand so far right that a reason's short last line, {@code 。}, is nearer 得分).
     */
    private double reasonPlace(double header, double scoreAt) {
        double[] x = new double[16];
        int n = 0;
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.start() > scoreAt + REASON_GAP) {
                    if (n == x.length) {
                        x = Arrays.copyOf(x, n * 2);
                    }
                    x[n++] = t.center();
                }
            }
        }
        double med = LineColumns.median(x, n);
        return Double.isNaN(med) ? header : med;
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

    private int columnOf(LayoutToken t) {
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

    void anchor(IntPredicate isAnchor) {
        List<Integer> found = new ArrayList<>();
        for (int line = from; line < to; line++) {
            if (isAnchor.test(line)) {
                found.add(line);
            }
        }
        anchors = found;
        anchorSet = new HashSet<>(found);
        List<String[]> labelText = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role().startsWith("level")) {
                String[] text = new String[to - from];
                for (int line = from; line < to; line++) {
                    text[line - from] = lineText(line, c);
                }
                labelText.add(text);
            }
        }
        LabelRows labelRows = LabelRows.of(labelText, to - from, anchors.size());
        rowOf = new int[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            rowOf[c] = assign(c, columns.get(c).role().startsWith("level") ? null : labelRows);
        }
        splitScores.forEach((line, values) -> rowOf[splitColumn][line - from] = anchors.indexOf(values));
        unstack();
    }

    /**
     * Gives back their cells to rows of one line each that Chromium's text printed stacked: the rows' values lines one
     * under the other holding nothing left of 分值 ({@code 2.00 2.00} / {@code 7.00 5.35}), above them their names one a
     * line, then their targets, then their actuals ({@code 本区课程开发故障率} / {@code 全市宣传活动工作达标率} /
     * {@code ≤3%} / {@code ≥85%} / {@code 1%} / {@code 65%}). Where, going up from the values lines, each line holds
     * words of one of the name, target and actual columns, those columns print in that order, and the target and
     * the actual have a line per row, the rows take the lines in order (the names the last of theirs: the first may end
     * the name of the row above).
     */
    private void unstack() {
        int name = LayoutColumn.index(columns, "name");
        int target = LayoutColumn.index(columns, "target");
        int actual = LayoutColumn.index(columns, "actual");
        if (name < 0 || target < 0 || actual < 0) {
            return;
        }
        int[] cells = {name, target, actual};
        int i = 0;
        while (i < anchors.size()) {
            int j = i;
            while (j + 1 < anchors.size() && anchors.get(j + 1) == anchors.get(j) + 1) {
                j++;
            }
            if (j > i && valuesOnly(i, j, cells)) {
                restack(i, j - i + 1, cells);
            } else if (j > i && valuesOnly(i, j, new int[] {name})) {
                namesAbove(i, j - i + 1, name, target, actual);
            }
            i = j + 1;
        }
    }

    /** Whether values lines {@code i..j} hold no words of the columns. */
    private boolean valuesOnly(int i, int j, int[] cells) {
        for (int r = i; r <= j; r++) {
            for (int c : cells) {
                if (!lineText(anchors.get(r), c).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Gives each of {@code k} values lines one after the other that hold their targets and actuals but no name its own
     * line of the {@code k} lines right above them that hold a name's words only, in order (Chromium's one-line rows
     * printed stacked with their 得分 on lines of their own below: {@code 图书采购系统质量} / {@code 完成率} over
     * {@code 有所提升 有所提升 6.00} / {@code 100% 100% 3.00}), where none of those names fills the column (each is a
     * whole name, no line of a wrapped one).
     */
    private void namesAbove(int first, int k, int name, int target, int actual) {
        int top = anchors.get(first) - k;
        if (top < from) {
            return;
        }
        int width = wrapWidth(name) - HAN_SLACK;
        for (int line = top; line < anchors.get(first); line++) {
            String text = lineText(line, name);
            if (text.isEmpty() || anchorSet.contains(line) || LayoutWords.displayWidth(text) >= width
                    || !lineText(line, target).isEmpty() || !lineText(line, actual).isEmpty()) {
                return;
            }
        }
        if (top - 1 >= from && !lineText(top - 1, name).isEmpty() && !anchorSet.contains(top - 1)) {
            return;
        }
        for (int r = 0; r < k; r++) {
            rowOf[name][top + r - from] = first + r;
        }
    }

    private void restack(int first, int k, int[] cells) {
        List<List<Integer>> lines = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int line = anchors.get(first) - 1;
        int last = cells.length;
        for (; line >= from && !anchorSet.contains(line); line--) {
            int in = -1;
            for (int c = 0; c < cells.length; c++) {
                if (!lineText(line, cells[c]).isEmpty()) {
                    in = in < 0 ? c : Integer.MAX_VALUE;
                }
            }
            if (in < 0 || in > last) {
                break;
            }
            last = in;
            lines.get(in).add(0, line);
        }
        if (lines.get(0).size() < k || lines.get(1).size() != k || lines.get(2).size() != k) {
            return;
        }
        List<Integer> names = lines.get(0);
        lines = List.of(names.subList(names.size() - k, names.size()), lines.get(1), lines.get(2));
        for (int c = 0; c < cells.length; c++) {
            for (int r = 0; r < k; r++) {
                rowOf[cells[c]][lines.get(c).get(r) - from] = first + r;
            }
        }
    }

    String lineText(int line, int column) {
        StringBuilder sb = new StringBuilder();
        List<LayoutToken> t = tokens.get(line);
        for (int k = 0; k < t.size(); k++) {
            if (columnOf[line - from][k] == column) {
                if (!sb.isEmpty() && LayoutWords.isLatin(sb.charAt(sb.length() - 1)) && LayoutWords.isLatin(t.get(k).text().charAt(0))) {
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
     * holds none goes to the nearest values line. Where the table's reasons end with a full stop, a reason's line that
     * stops mid-sentence goes on across other cells' lines to its next line ({@link #goesOn}), and a split that leaves a
     * reason mid-sentence costs {@link #UNFINISHED}.
     */
    private int[] assign(int column, LabelRows labelRows) {
        int[] row = new int[to - from];
        Arrays.fill(row, -1);
        boolean punctuated = columns.get(column).role().equals("reason") && punctuated(column);
        int[] tops = column == LayoutColumn.index(columns, "name") ? fragmentsTops() : null;
        int line = from;
        while (line < to) {
            if (lineText(line, column).isEmpty()) {
                line++;
                continue;
            }
            int runStart = line;
            String last = "";
            while (line < to) {
                String text = lineText(line, column);
                if (!text.isEmpty()) {
                    last = text;
                } else if (!bridged(line, column) && !(punctuated && goesOn(last, line, column))) {
                    break;
                }
                line++;
            }
            assignRun(runStart, line, column, row, labelRows, punctuated, tops);
        }
        return row;
    }

    /** Whether a column's text ends a sentence on some line: the table's reasons are punctuated. */
    private boolean punctuated(int column) {
        for (int line = from; line < to; line++) {
            if (endsSentence(lineText(line, column))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * Whether a reason whose line so far ends with {@code last} goes on across the line {@code line} (no text in the
     * column): it stops mid-sentence, and its next line in the column comes within {@link #REASON_BRIDGE} lines, each
     * holding other cells' words.
     */
    private boolean goesOn(String last, int line, int column) {
        if (last.isEmpty() || endsSentence(last)) {
            return false;
        }
        for (int l = line; l < to && l < line + REASON_BRIDGE; l++) {
            if (tokens.get(l).isEmpty()) {
                return false;
            }
            if (l + 1 < to && !lineText(l + 1, column).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line without text in the column lies inside one of its cells: a line of other cells' words
     * between two lines of the column (cells of one row print their lines at their own heights).
     */
    private boolean bridged(int line, int column) {
        return line + 1 < to && !tokens.get(line).isEmpty() && !lineText(line + 1, column).isEmpty();
    }

    /**
     * Splits a column's run of lines {@code runStart..runEnd-1} between the rows whose values lines fall inside it, or
     * on the line after it, or (but for reasons, which many rows have none of) two lines after it: Chromium prints a
     * row's wrapped target and actual one under the other, its values line beside the actual's last line, so the
     * row's target ends two lines above it ({@code 本区应急演练响应时间 ≤60个工作} / {@code 日} / {@code ≤60个工作} /
     * {@code 日 6.0 6.00}: the target went to the row above). A run beside a 得分 split off its values line, with no
     * values line among its own lines, is that 得分's row's whatever values lines stand right before or after it: a
     * reason wrapped around the 得分 two lines below its values line went to the next row, whose values line follows it.
     */
    private void assignRun(int runStart, int runEnd, int column, int[] row, LabelRows labelRows, boolean punctuated,
                           int[] tops) {
        int split = splitRow(runStart, runEnd);
        if (split >= 0 && !anchorWithin(runStart, runEnd)) {
            Arrays.fill(row, runStart - from, runEnd - from, split);
            return;
        }
        List<Integer> inside = new ArrayList<>();
        int reach = columns.get(column).role().equals("reason") ? 0 : 1;
        for (int r = 0; r < anchors.size(); r++) {
            int anchor = anchors.get(r);
            boolean endsInRun = tops != null && tops[r] < anchor && tops[r] - 1 >= runStart && tops[r] - 1 < runEnd;
            if (anchor >= runStart - 1 && anchor <= runEnd + reach || endsInRun) {
                inside.add(r);
            }
        }
        if (inside.isEmpty()) {
            Arrays.fill(row, runStart - from, runEnd - from, nearest(runStart, runEnd));
            return;
        }
        List<Integer> textLines = new ArrayList<>();
        for (int l = runStart; l < runEnd; l++) {
            if (!lineText(l, column).isEmpty()) {
                textLines.add(l);
            }
        }
        int width = wrapWidth(column) - (columns.get(column).role().equals("reason") ? PUNCTUATED_SLACK : HAN_SLACK);
        int[] lines = textLines.stream().mapToInt(Integer::intValue).toArray();
        boolean[] full = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            full[i] = LayoutWords.displayWidth(lineText(lines[i], column)) >= width;
        }
        int[] inAnchors = inside.stream().mapToInt(anchors::get).toArray();
        String role = columns.get(column).role();
        boolean value = role.equals("target") || role.equals("actual");
        boolean[] whole = new boolean[lines.length];
        boolean[] opens = new boolean[lines.length];
        for (int i = 0; value && i < lines.length; i++) {
            Measure m = ValueParser.measure(lineText(lines[i], column));
            whole[i] = m != null && m.kind() != MeasureKind.EMPTY;
            opens[i] = whole[i] && (m.comparator() != null || m.kind() == MeasureKind.QUALITATIVE);
        }
        RunSplit.Reading reading = (i, j, g) -> {
            double cost = 0;
            if (value) {
                StringBuilder text = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(lineText(lines[k], column));
                    cost += k > i && whole[k - 1] && opens[k] ? TWO_VALUES : 0;
                }
                cost += ValueParser.measure(text.toString()) == null ? NO_VALUE : 0;
            }
            if (labelRows != null) {
                for (int k = i; k < j; k++) {
                    cost += labelRows.cost(lines[k] - from, inside.get(g));
                }
            }
            if (punctuated && !endsSentence(lineText(lines[j - 1], column))) {
                cost += UNFINISHED;
            }
            return cost;
        };
        int[] ends = new int[inAnchors.length];
        Arrays.fill(ends, -1);
        if (tops != null) {
            for (int g = 0; g < inAnchors.length; g++) {
                int top = tops[inside.get(g)];
                ends[g] = top < inAnchors[g] ? top - 1
                        : valuesAlone(inAnchors[g], column, width) ? inAnchors[g] - 1 : -1;
            }
        }
        int[] group = RunSplit.split(lines, inAnchors, ends, full, anchorSet, reading,
                role.equals("reason") ? 0 : EVEN_OFF);
        for (int i = 0; i < lines.length; i++) {
            row[lines[i] - from] = inside.get(group[i]);
        }
    }

    /**
     * For each row, the first of the lines right above its values line that hold only the wrapped starts of its target
     * and actual ({@code 2022年12月底 2022年2月23} over {@code 前 日 0.0 0.00}), where the values line holds nothing
     * left of the values; else the values line itself. Chromium's text prints such a row's name above them, so it ends
     * on the line before the first (a name line may hold a target's start too: {@code 中小学校培训任务规模 193.9万平方}),
     * and the row above already holds its own name.
     */
    private int[] fragmentsTops() {
        int first = LayoutColumn.firstValue(columns);
        int target = LayoutColumn.index(columns, "target");
        int actual = LayoutColumn.index(columns, "actual");
        int[] tops = new int[anchors.size()];
        for (int r = 0; r < tops.length; r++) {
            int anchor = anchors.get(r);
            int line = anchor - 1;
            if (target >= 0 && actual >= 0 && !leftOfValues(anchor, first)) {
                while (line >= from && !anchorSet.contains(line) && !leftOfValues(line, first)
                        && (!lineText(line, target).isEmpty() || !lineText(line, actual).isEmpty())) {
                    line--;
                }
            }
            tops[r] = line + 1;
        }
        return tops;
    }

    /** Whether a line holds words in the columns left of {@code first} (labels, names). */
    private boolean leftOfValues(int line, int first) {
        for (int c = 0; c < first; c++) {
            if (!lineText(line, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a values line holds nothing left of the values (no label's or name's words) right below the last line
     * of a name (a line that does not fill the name column's wrap width {@code nameWidth}), and the line below it
     * starts the next row (holds no name's words, or the start of a label beside them): Chromium's text prints the
     * values of a row whose name wraps to three lines on a line of their own under the name's last, so the row's name
     * and labels end on the line above it. A values line between a cell's lines ({@code 对接入的矿山、尾} /
     * {@code 矿库监测信息和视} above, {@code 指标 频信号绿化养护系} below: LibreOffice centres the cells on it) is no
     * such line.
     */
    private boolean valuesAlone(int anchor, int name, int nameWidth) {
        int first = LayoutColumn.firstValue(columns);
        if (anchor - 1 < from || anchorSet.contains(anchor - 1)
                || LayoutWords.displayWidth(lineText(anchor - 1, name)) >= nameWidth) {
            return false;
        }
        boolean above = false;
        for (int c = 0; c < first; c++) {
            if (!lineText(anchor, c).isEmpty()) {
                return false;
            }
            above |= !lineText(anchor - 1, c).isEmpty();
        }
        if (!above || anchor + 1 >= to || lineText(anchor + 1, name).isEmpty()) {
            return above;
        }
        for (int c = 0; c < first; c++) {
            String label = lineText(anchor + 1, c);
            if (columns.get(c).role().startsWith("level") && !label.isEmpty() && LevelWords.beginsLabel(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The width a column's wrapped lines fill: the commonest width among its lines at least half as wide as its widest
     * (the widest alone may be a line that holds words of another cell), the wider on a tie.
     */
    private int wrapWidth(int column) {
        int[] widths = new int[to - from];
        int max = 0;
        for (int l = from; l < to; l++) {
            widths[l - from] = LayoutWords.displayWidth(lineText(l, column));
            max = Math.max(max, widths[l - from]);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        int best = max;
        int bestCount = 0;
        for (int w : widths) {
            if (w * 2 < max) {
                continue;
            }
            int n = counts.merge(w, 1, Integer::sum);
            if (n > bestCount || n == bestCount && w > best) {
                best = w;
                bestCount = n;
            }
        }
        return best;
    }

    /**
     * The row of a split 得分 ({@link #splitScores}) standing in lines {@code runStart..runEnd-1}, or -1: a run of
     * lines beside a 得分 split off its values line (a reason wrapped around it) is that row's.
     */
    private int splitRow(int runStart, int runEnd) {
        for (int l = runStart; l < runEnd; l++) {
            Integer values = splitScores.get(l);
            if (values != null) {
                return anchors.indexOf(values);
            }
        }
        return -1;
    }

    /** Whether a values line stands among lines {@code runStart..runEnd-1}. */
    private boolean anchorWithin(int runStart, int runEnd) {
        for (int a : anchors) {
            if (a >= runStart && a < runEnd) {
                return true;
            }
        }
        return false;
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
     * and the cell does not read. So are the lines of a target or actual that, joined, begin like a quantity but do
     * not read as one ({@code ≤50元/平方} above, the next column's {@code 28元/平方米} beside, {@code 米} below): a
     * wrapped value and its neighbour's value that the columns could not tell apart.
     */
    String cellText(int r, int column) {
        List<String> lines = new ArrayList<>();
        for (int line = from; line < to; line++) {
            if (rowOf[column][line - from] == r && !lineText(line, column).isEmpty()) {
                lines.add(lineText(line, column));
            }
        }
        String role = columns.get(column).role();
        if (role.equals("name")) {
            tailFirst(lines, column);
        }
        if (lines.size() > 1 && (role.equals("weight") || role.equals("score"))) {
            return String.join(Cells.APART, lines);
        }
        String text = new GridCell(column, 1, 1, lines, null).text();
        if (lines.size() > 1 && (role.equals("target") || role.equals("actual"))
                && ValueParser.beginsLikeQuantity(ValueParser.measureCell(text))) {
            return String.join(Cells.APART, lines);
        }
        return text;
    }

    /**
     * Puts a name's short last line back at its end where the extractor printed it first ({@code 响} over
     * {@code 农村地区软件开发社会影}: Chromium's short tail beside a wrapped label's last part): the first line does not
     * fill the column's wrap width, the others all do.
     */
    private void tailFirst(List<String> lines, int column) {
        if (lines.size() < 2) {
            return;
        }
        int width = wrapWidth(column) - HAN_SLACK;
        if (LayoutWords.displayWidth(lines.get(0)) >= width) {
            return;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (LayoutWords.displayWidth(lines.get(i)) < width) {
                return;
            }
        }
        lines.add(lines.remove(0));
    }

    /** Each row's first and last line of text in the columns other than the labels'. */
    int[][] extents() {
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

    /** Characters of the 绩效指标 label printed one or two a line down the table's left edge. */
    private static boolean isOuterLabel(LayoutToken t) {
        return t.start() == 0 && t.text().length() <= 2 && t.text().chars().allMatch(c -> "绩效指标".indexOf(c) >= 0);
    }
}
