package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;

import ziping.source.SourceText;
import ziping.source.TextMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the block headers of layout text stand: a line naming a block's columns (any wording in the lexicon), or two
 * lines that do so together, each column name wrapped ({@link HeaderPair}), or a line of label column names that does
 * so with the value column names wrapped around it ({@link #namesBetween}); and each header's zone, the header lines
 * around it that hold parts of its words (up to two each side, a third below where it names a column).
 */
final class LayoutHeaders {
    /** The gap between two header words of layout text: at least three spaces (flowing text has one). */
    private static final String GAP = "   ";
    private static final int ZONE_REACH = 2;
    private static final int HEADER_WORD = 12;
    /** A header line of only short words holds the parts of wrapped words: 预算执 / 行率, 数, （A）. */
    private static final int SHORT_FRAGMENT = 4;
    /** The fewest characters of a word that is body text where it names no column and starts none ({@link #isBodyWord}). */
    private static final int BODY_WORD = 6;

    /** The indicator columns whose names head the label columns: 一级指标, 二级指标, 三级指标. */
    private static final List<String> LABEL_ROLES = List.of("level1", "level2", "name");

    private final List<List<LayoutToken>> tokens;
    /** Each line's header kind once looked up. */
    private final Optional<Header>[] headers;
    /** The columns of a header printed on a line and the next, by its first line. */
    private final List<LayoutColumn>[] paired;
    /** The line after the last of a paired header's lines, by its first line. */
    private final int[] pairedEnd;
    /** The columns of a goals header whose second column's name ends a body line below ({@link #goalsAbove}). */
    private final List<LayoutColumn>[] goalsAbove;

    @SuppressWarnings("unchecked")
    LayoutHeaders(List<List<LayoutToken>> tokens) {
        this.tokens = tokens;
        headers = new Optional[tokens.size()];
        paired = new List[tokens.size()];
        pairedEnd = new int[tokens.size()];
        goalsAbove = new List[tokens.size()];
    }

    /**
     * Whether the text has an indicator header line with gaps of several spaces between its words (or a header
     * wrapped over it and the next line or two); only lines with 指 (every label column's name has it) are looked at,
     * and none where the text's {@link TextMarks} show no run of spaces as long as the gap.
     */
    static boolean recognises(SourceText text) {
        if (text.marks().longestSpaceRun() < GAP.length()) {
            return false;
        }
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('指') < 0 || !line.contains(GAP)) {
                continue;
            }
            List<LayoutToken> words = LayoutToken.of(i, line);
            if (CellWords.header(LayoutToken.texts(words)) == Header.INDICATORS) {
                return true;
            }
            if (i + 1 < lines.size()) {
                List<LayoutToken> next = inside(LayoutToken.of(i + 1, lines.get(i + 1)));
                if (HeaderPair.columns(inside(words), next, Header.INDICATORS) != null || i + 2 < lines.size()
                        && HeaderPair.around(inside(words), next, inside(LayoutToken.of(i + 2, lines.get(i + 2)))) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The header line whose zone starts at {@code line}, or -1. */
    int headerFrom(int line) {
        for (int h = line; h < Math.min(tokens.size(), line + ZONE_REACH + 1); h++) {
            if (headerAt(h) != null && zone(h)[0] <= line) {
                return h;
            }
        }
        return -1;
    }

    /** The kind of block header on the line (alone or with the line below it), or null. */
    Header headerAt(int line) {
        if (headers[line] == null) {
            List<LayoutToken> t = tokens.get(line);
            Header h = t.size() < 2 ? null : CellWords.header(LayoutToken.texts(t));
            if (h == null && line + 1 < tokens.size() && (line == 0 || paired[line - 1] == null)) {
                h = pairedHeader(line);
            }
            if (h == null && line > 0 && namesBetween(line)) {
                h = Header.INDICATORS;
            }
            if (h == null) {
                goalsAbove[line] = goalsAbove(line);
                h = goalsAbove[line] == null ? null : Header.GOALS;
            }
            headers[line] = h == null ? Optional.empty() : Optional.of(h);
        }
        return headers[line].orElse(null);
    }

    /** The columns of a header printed on two lines from {@code line}, or null. */
    List<LayoutColumn> pairedColumns(int line) {
        return paired[line] != null ? paired[line] : goalsAbove[line];
    }

    /**
     * The goals header printed with its first column's name alone on the line ({@code 预期目标}) and the second's at
     * the end of a line below it, after the first goal text's words ({@code … 实际完成情况}), or null.
     */
    private List<LayoutColumn> goalsAbove(int line) {
        List<LayoutToken> t = inside(tokens.get(line));
        if (t.size() != 1 || CellWords.role(Header.GOALS, t.get(0).text()) == null) {
            return null;
        }
        String first = CellWords.role(Header.GOALS, t.get(0).text());
        for (int below = line + 1; below < Math.min(tokens.size(), line + 1 + ZONE_REACH); below++) {
            List<LayoutToken> words = tokens.get(below);
            if (words.size() < 2) {
                continue;
            }
            LayoutToken last = words.get(words.size() - 1);
            String second = CellWords.role(Header.GOALS, last.text());
            if (second != null && !second.equals(first)) {
                LayoutToken head = t.get(0);
                return List.of(new LayoutColumn(first, head.start(), head.end(), head.text(), false),
                        new LayoutColumn(second, last.start(), last.end(), last.text(), false));
            }
        }
        return null;
    }

    /**
     * Whether the line holds only whole label column names (一级指标 二级指标 三级指标) that, with the names on the
     * line above (年初目标值 实际完成值 指标分 …, wrapped around this line), name an indicator header: LibreOffice's
     * header whose label names are one line and the value names wrap above and below them.
     */
    private boolean namesBetween(int line) {
        List<LayoutToken> t = inside(tokens.get(line));
        if (t.size() < 2 || t.stream().anyMatch(w -> !isLabelName(w.text()))) {
            return false;
        }
        List<String> words = new ArrayList<>(LayoutToken.texts(inside(tokens.get(line - 1))));
        words.addAll(LayoutToken.texts(t));
        return CellWords.header(words) == Header.INDICATORS;
    }

    private static boolean isLabelName(String word) {
        String role = CellWords.role(Header.INDICATORS, word);
        return role != null && LABEL_ROLES.contains(role);
    }

    /**
     * The kind of header the line makes with the line below it, both wrapped ({@link HeaderPair}), or null; not where
     * the line below is a line of label names between wrapped names ({@link #namesBetween}), nor where the line is one
     * of header fields (主管部门 … 实施单位 … over a funding header's first line). A line below of only whole label
     * names holds no wrapped parts: it is the middle of a header on three lines ({@link HeaderPair#around}).
     */
    private Header pairedHeader(int line) {
        List<LayoutToken> top = inside(tokens.get(line));
        List<LayoutToken> bottom = inside(tokens.get(line + 1));
        if (line + 2 < tokens.size() && top.size() >= 2
                && CellWords.indicatorWordStartingWith(top.get(0).text()) != null && stacked(line)) {
            return Header.INDICATORS;
        }
        if (top.size() < 3 || bottom.isEmpty() || bottom.stream().anyMatch(t -> LayoutWords.isValue(t.text()))
                || top.stream().anyMatch(t -> CellWords.isHeaderField(t.text()))
                || CellWords.header(LayoutToken.texts(tokens.get(line + 1))) != null || namesBetween(line + 1)) {
            return null;
        }
        if (line + 2 < tokens.size() && bottom.stream().allMatch(t -> isLabelName(t.text()))) {
            return betweenPair(line, top, bottom);
        }
        for (Header kind : new Header[] {Header.INDICATORS, Header.FUNDING}) {
            List<LayoutColumn> columns = HeaderPair.columns(top, bottom, kind);
            if (columns != null) {
                paired[line] = columns;
                pairedEnd[line] = line + 2;
                return kind;
            }
        }
        return null;
    }

    /**
     * Whether the line and the two below it are an indicator header stacked over three lines ({@link HeaderStack}:
     * {@code 一级指 二级指 指标值 实际完成} / {@code 三级指标 指标 自评 未完成原因分} / {@code 标 标 值 分值 得分 析}, whose
     * middle line names columns by itself; its first word begins a column name, looked at first as the cheap test);
     * if so its columns are kept.
     */
    private boolean stacked(int line) {
        List<List<LayoutToken>> lines = new ArrayList<>();
        for (int l = line; l < line + 3; l++) {
            List<LayoutToken> words = inside(tokens.get(l));
            if (words.stream().anyMatch(t -> LayoutWords.isValue(t.text()))) {
                return false;
            }
            lines.add(words);
        }
        List<LayoutColumn> columns = HeaderStack.columns(lines);
        if (columns == null) {
            return false;
        }
        paired[line] = columns;
        pairedEnd[line] = line + 3;
        return true;
    }

    /** The indicator header printed on three lines from {@code line} ({@link HeaderPair#around}), or null. */
    private Header betweenPair(int line, List<LayoutToken> top, List<LayoutToken> middle) {
        List<LayoutColumn> columns = HeaderPair.around(top, middle, inside(tokens.get(line + 2)));
        if (columns == null) {
            return null;
        }
        paired[line] = columns;
        pairedEnd[line] = line + 3;
        return Header.INDICATORS;
    }

    /** The words of a line without the characters of a block label printed one a line down the left edge. */
    static List<LayoutToken> inside(List<LayoutToken> line) {
        List<LayoutToken> out = new ArrayList<>(line.size());
        for (LayoutToken t : line) {
            if (t.start() > 0 || t.text().length() > 1) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The header lines around a header line, {from, to}: up to two each side that {@link #isHeaderFragment} accepts
     * (a funding header printed on two lines: up to two above).
     */
    int[] zone(int line) {
        if (paired[line] != null) {
            int from = line;
            while (from > 0 && line - from < ZONE_REACH && headerAt(line) == Header.FUNDING
                    && isHeaderFragment(from - 1, line + 1, line + 2, false)) {
                from--;
            }
            return new int[] {from, pairedEnd[line]};
        }
        if (goalsAbove[line] != null) {
            return new int[] {line, line + 1};
        }
        int to = line + 1;
        while (to < tokens.size()
                && (to - line <= ZONE_REACH || to - line == ZONE_REACH + 1 && (namesColumn(to) || endsNames(to, line)))
                && (isHeaderFragment(to, line, to, true) || startsLabelInside(to, line))) {
            to++;
        }
        int from = line;
        while (from > 0 && line - from < ZONE_REACH && isHeaderFragment(from - 1, line + 1, to, false)) {
            from--;
        }
        return new int[] {from, to};
    }

    /**
     * Whether the line holds only the start of a level label ({@code 产出指}) and the line below it goes on with the
     * header: a label cell merged over rows of two pages prints its text again at the top of the second, among the
     * repeated header's lines ({@link HeaderStack} reads the header around it).
     */
    private boolean startsLabelInside(int line, int header) {
        List<LayoutToken> t = tokens.get(line);
        return t.size() == 1 && LevelWords.startsLabel(t.get(0).text()) && line + 1 < tokens.size()
                && isHeaderFragment(line + 1, header, line + 1, true);
    }

    /**
     * Whether a line names a column by a word of its own: the third line below a header line belongs to its zone only
     * then (Chromium wraps 指标分值 and 自评得分 in narrow cells over four lines, the reason column's name beside the
     * last: {@code 指标分} / {@code 值} / {@code 自评得} / {@code 分 未完成原因分析}).
     */
    private boolean namesColumn(int line) {
        for (LayoutToken t : tokens.get(line)) {
            if (t.text().length() > 1 && isColumnWord(t.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word of the line ends a column name begun on a line of the zone above it, standing under that
     * beginning (Chromium wraps 自评得分 and 偏差原因分析及改进措施 in narrow cells, their ends two lines below the header
     * line: {@code 自评得 偏差原因分析及改进} / {@code 分 措施}).
     */
    private boolean endsNames(int line, int header) {
        List<LayoutToken> words = tokens.get(line);
        if (words.isEmpty()) {
            return false;
        }
        for (LayoutToken end : words) {
            if (!endsName(end, header, line)) {
                return false;
            }
        }
        return true;
    }

    private boolean endsName(LayoutToken end, int from, int to) {
        for (int l = from; l < to; l++) {
            for (LayoutToken begin : tokens.get(l)) {
                boolean under = end.start() < begin.end() && begin.start() < end.end();
                if (under && CellWords.role(Header.INDICATORS, begin.text() + end.text()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a funding or goals block ends: at the next header's zone. */
    int blockEnd(int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (headerAt(i) != null) {
                return zone(i)[0];
            }
        }
        return tokens.size();
    }

    /**
     * Whether a line next to a header line belongs to the header: a header line of the same block (a header whose
     * words wrap names columns on two lines), or short words without values or sentence punctuation (a reason's first
     * line, {@code 还未做，根据}) or body words ({@link #isBodyWord}), naming a column, or (without a whole 一级/二级 label: a body row whose values line
     * is below it, 质量指标 全市档案数字化加工系统) only under the words above it (below the header line), or only parts of words (short ones) that, above the
     * header line, stand over words below it ({@code 预算执} over {@code 行率}) or, over a funding header, stand anywhere
     * (Chromium prints 调整后预 over 算数 and 预算 far right of 执行 / 率). A funding row's label is no part of another
     * block's header (a last funding row without values, {@code 其他资金}, over the goals header's side label {@code 年}
     * / {@code 度}). A line under a header field's value is that value's wrapped end, unless it is only parts of
     * funding column names over a funding header (Chromium prints 执行 of 执行 / 率(B/ / A) under 实施单位's value).
     */
    private boolean isHeaderFragment(int line, int zoneFrom, int zoneTo, boolean below) {
        List<LayoutToken> t = tokens.get(line);
        if (t.isEmpty()) {
            return false;
        }
        boolean funding = headerAt(below ? zoneFrom : zoneFrom - 1) == Header.FUNDING;
        if (continuesField(line) && !(funding && t.stream().allMatch(w -> FundingHeader.isNamePart(w.text())))) {
            return false;
        }
        if (headerAt(line) != null) {
            return headerAt(line) == headerAt(below ? zoneFrom : zoneFrom - 1);
        }
        boolean named = false;
        boolean under = true;
        boolean short_ = true;
        boolean label = false;
        for (LayoutToken token : t) {
            if (token.text().length() > HEADER_WORD || token.text().endsWith("。") || token.text().indexOf('，') >= 0
                    || isBodyWord(token.text()) || LayoutWords.isValue(token.text())
                    || CellWords.isHeaderField(token.text()) || CellWords.isTotal(token.text())
                    || !funding && CellWords.isFundingRow(token.text())) {
                return false;
            }
            short_ &= token.text().length() <= SHORT_FRAGMENT || isNote(token.text());
            named |= isColumnWord(token.text());
            label |= LevelWords.isLabel(token.text());
            under &= overlapsAny(token, zoneFrom, zoneTo);
        }
        return named || !label && ((below || zoneFrom < zoneTo) && under || (below || funding) && short_);
    }

    /**
     * Whether the line goes on with a header field's value wrapped from the line above (主管部门 … 实施单位 丰台区人民政府溪翁庄镇办事
     * / 处研究院): the line above holds a header field and ends with its value, and the line's words stand under that
     * value (its printed width: two places a Han character).
     */
    boolean continuesField(int line) {
        List<LayoutToken> words = tokens.get(line);
        if (line == 0 || words.isEmpty() || tokens.get(line - 1).size() < 2) {
            return false;
        }
        List<LayoutToken> above = tokens.get(line - 1);
        LayoutToken value = above.get(above.size() - 1);
        return above.stream().anyMatch(t -> CellWords.isHeaderField(t.text())) && !CellWords.isHeaderField(value.text())
                && words.get(0).start() >= value.start()
                && words.get(words.size() - 1).start() < value.start() + LayoutWords.displayWidth(value.text());
    }

    /**
     * Whether a word is body text, not a header's: a long word that names no column and is no column name's first part
     * (中小学校软件开发, a name's first line beside the header repeated on a continued page; 未完成原因分 starts a name).
     */
    private static boolean isBodyWord(String text) {
        return text.length() >= BODY_WORD && !isColumnWord(text) && CellWords.indicatorWordStartingWith(text) == null;
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

    private boolean overlapsAny(LayoutToken token, int from, int to) {
        for (int line = from; line < to; line++) {
            for (LayoutToken t : tokens.get(line)) {
                if (t.start() <= token.end() && token.start() <= t.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
