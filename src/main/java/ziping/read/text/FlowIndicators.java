package ziping.read.text;

import ziping.grid.GridCell;
import ziping.parse.IndicatorLabels;
import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;
import ziping.text.Whitespace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The indicator table of pdfminer's default text ({@link FlowText}) as rows. Each page's boxes are cut into tokens
 * of a kind (label, name, value, number, reason); the names anchor the rows, one each, in order. The numbers are a
 * row's when they stand between its name and the next ({@code row by row}), or, where they all come after the
 * page's last name, one run: the page's 分值 then its 得分, as many of each as rows (not placed where that would give
 * a row a 得分 above its 分值: pdfminer then put a box of one column among the other's; where two of the run's
 * numbers stand on one line, a row's pair, the run is dealt as shared numbers are). Values (target, actual) and, row
 * by row, numbers belong to the row whose name they follow; rows whose cells all follow a later name, printed as one
 * row's target, actual, 分值 and 得分 after another, get them four by four in order; otherwise, where a row has not two
 * of them, the smallest run of rows that together has two per row shares them in order ({@link FlowGroups}), and those
 * rows' text is marked in doubt ({@link GridCell#TEXT_IN_DOUBT}), so no check reads their cells one by one; shared
 * numbers are dealt only where they stand in pairs (on a line each, or alternating between two printed scales), and
 * numbers that cannot be placed are unreadable. 一级 and 二级 labels go to the rows in order where every row has one,
 * else each to the row after it (a merged label, read down by the reader). Reasons come where pdfminer puts their column, far from their rows: they
 * are given, in order, to the rows whose 得分 is below their 分值, where there are as many; otherwise those rows' text
 * is in doubt, since no reason can be tied to one of them.
 */
final class FlowIndicators {
    static final List<String> ORDER = List.of("level1", "level2", "name", "target", "actual", "weight", "score",
            "reason");
    /** 无: a reason's placeholder, never a name. */
    private static final String NONE = "无";
    private static final Set<String> LEVEL1 = Set.copyOf(IndicatorLabels.builtIn().level1());

    enum Kind { LEVEL1, LEVEL2, NUMBER, REASON, VALUE, PLACEHOLDER, NAME }

    record Token(String text, int line, Integer page, Kind kind) {
    }

    /** A row being built. */
    private static final class Row {
        final int line;
        final String name;
        String level1 = "";
        String level2 = "";
        String target = "";
        String actual = "";
        String weight = StreamText.UNSURE;
        String score = StreamText.UNSURE;
        String reason = "";
        boolean certainNumbers;
        boolean doubt;

        Row(Token name) {
            this.line = name.line();
            this.name = name.text();
        }
    }

    /** Rows whose numbers were printed as one shared run, not placed, and whether they are a page's whole run. */
    private record Shared(List<Row> rows, List<Token> numbers, boolean pageRun, List<Boolean> textDoubt) {
    }

    private final List<Shared> shared = new ArrayList<>();
    private final List<String[]> columns;
    private final int headerLine;
    private final List<Row> rows = new ArrayList<>();
    private final List<Token> reasons = new ArrayList<>();
    private final List<String> total = new ArrayList<>();
    private final int totalLine;

    private FlowIndicators(List<String[]> columns, int headerLine, int totalLine) {
        this.columns = columns;
        this.headerLine = headerLine;
        this.totalLine = totalLine;
    }

    static FlowIndicators of(List<Box> body, List<Box> tail) {
        List<Box> header = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Integer firstPage = body.get(0).page();
        for (Box box : body) {
            if (box.vertical()) {
                continue;
            }
            if (isPageFurniture(box)) {
                continue;
            }
            if (isHeader(box)) {
                if (Objects.equals(box.page(), firstPage)) {
                    header.add(box);
                }
                continue;
            }
            tokens.addAll(tokens(box));
        }
        FlowIndicators t = new FlowIndicators(HeaderCells.columns(header, Header.INDICATORS, ORDER),
                body.get(0).line(), tail.get(0).line());
        int from = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || !Objects.equals(tokens.get(i).page(), tokens.get(from).page())) {
                t.page(tokens.subList(from, i));
                from = i;
            }
        }
        t.tail(tail);
        t.byScale();
        t.reasons();
        return t;
    }

    /**
     * Whether the box is a line a web page prints around its table ({@code 主办单位：… 网站标识码：…}): one line of
     * several cells, one a label with a colon.
     */
    private static boolean isPageFurniture(Box box) {
        List<String> cells = split(box.lines().get(0));
        return box.oneLine() && cells.size() > 1 && cells.stream().anyMatch(c -> c.indexOf('：') > 0);
    }

    private static boolean isHeader(Box box) {
        return HeaderCells.isHeader(box, Header.INDICATORS)
                || box.oneLine() && HeaderLines.isHeaderLine(box.lines().get(0));
    }

    /**
     * The tokens of a box: a box of numbers a token per number (pdfminer merges the boxes of a column's numbers); a
     * box of lines without spaces one token (a wrapped cell); otherwise each line's cells between spaces, a line's last
     * cell joined with the next line's first.
     */
    static List<Token> tokens(Box box) {
        List<Token> out = new ArrayList<>();
        String joined = box.joined();
        if (!box.oneLine() && box.lines().stream().allMatch(ValueParser::isPlainNumber)) {
            for (int k = 0; k < box.lines().size(); k++) {
                out.add(token(box.lines().get(k), box.line() + k, box.page()));
            }
            return out;
        }
        if (!box.oneLine() && box.lines().stream().noneMatch(FlowIndicators::spaced)) {
            out.add(token(joined, box.line(), box.page()));
            return out;
        }
        List<String> cells = new ArrayList<>();
        for (String line : box.lines()) {
            List<String> parts = split(line);
            for (int k = 0; k < parts.size(); k++) {
                String last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (k == 0 && last != null && !ValueParser.isPlainNumber(last)
                        && !ValueParser.isPlainNumber(parts.get(k)) && kind(last) != Kind.LEVEL1
                        && kind(last) != Kind.LEVEL2) {
                    cells.set(cells.size() - 1, last + parts.get(k));
                } else {
                    cells.add(parts.get(k));
                }
            }
        }
        for (String cell : cells) {
            out.add(token(cell, box.line(), box.page()));
        }
        return out;
    }

    /** The line's cells between spaces of any kind (a web page's footer parts them with em spaces). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean space = i == line.length() || Whitespace.isOrNoBreak(line.charAt(i));
            if (space && from >= 0) {
                out.add(line.substring(from, i));
                from = -1;
            } else if (!space && from < 0) {
                from = i;
            }
        }
        return out;
    }

    private static boolean spaced(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Whitespace.isOrNoBreak(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Token token(String text, int line, Integer page) {
        return new Token(text, line, page, kind(text));
    }

    static Kind kind(String text) {
        if (ValueParser.isPlaceholder(text) || text.equals(NONE)) {
            return Kind.PLACEHOLDER;
        }
        if (ValueParser.isPlainNumber(text)) {
            return Kind.NUMBER;
        }
        if (Piece.isSentence(text)) {
            return Kind.REASON;
        }
        if (ValueParser.measure(text) != null) {
            return Kind.VALUE;
        }
        if (LEVEL1.contains(text)) {
            return Kind.LEVEL1;
        }
        return StreamIndicators.isLevelLabel(text) ? Kind.LEVEL2 : Kind.NAME;
    }

    /** The rows of one page's tokens. */
    private void page(List<Token> page) {
        List<Token> tokens = new ArrayList<>(page);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean twin = t.kind() == Kind.NAME && (i > 0 && tokens.get(i - 1).text().equals(t.text())
                    || i + 1 < tokens.size() && tokens.get(i + 1).text().equals(t.text()));
            if (twin) {
                tokens.set(i, new Token(t.text(), t.line(), t.page(), Kind.VALUE));
            }
        }
        for (int i = 2; i < tokens.size(); i++) {
            if (isLoneActual(tokens, i)) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(t.text(), t.line(), t.page(), Kind.VALUE));
            }
        }
        List<Integer> names = new ArrayList<>();
        int firstNumber = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.NAME) {
                names.add(i);
            } else if (kind == Kind.NUMBER && firstNumber < 0) {
                firstNumber = i;
            } else if (kind == Kind.REASON) {
                reasons.add(tokens.get(i));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        int n = names.size();
        List<Row> page_ = new ArrayList<>(n);
        for (int i : names) {
            page_.add(new Row(tokens.get(i)));
        }
        boolean run = firstNumber < 0 || firstNumber > names.get(n - 1);
        List<List<Token>> byRow = rowByRow(tokens, names);
        boolean everyRow = !byRow.contains(null);
        if (run && !everyRow) {
            byRow = Collections.nCopies(n, null);   // a page's run of numbers: four by four only where it is every row's
        }
        run = run && !everyRow;
        List<List<Token>> values = new ArrayList<>();
        List<List<Token>> numbers = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (byRow.get(r) != null) {
                values.add(byRow.get(r).subList(0, 2));
                numbers.add(byRow.get(r).subList(2, 4));
                continue;
            }
            int end = r + 1 < n ? names.get(r + 1) : tokens.size();
            List<Token> v = new ArrayList<>();
            List<Token> x = new ArrayList<>();
            boolean afterNumber = false;
            for (int i = names.get(r) + 1; i < end; i++) {
                Token t = tokens.get(i);
                switch (t.kind()) {
                    case NUMBER -> {
                        x.add(t);
                        afterNumber = true;
                    }
                    case VALUE -> {
                        if (!(run && afterNumber)) {
                            v.add(t);
                        }
                    }
                    case PLACEHOLDER -> {
                        if (!afterNumber) {
                            v.add(t);
                        }
                    }
                    default -> {
                    }
                }
            }
            values.add(v);
            numbers.add(x);
        }
        placeValues(page_, values);
        List<Token> all = new ArrayList<>();
        numbers.forEach(all::addAll);
        if (run && !sharesLine(all)) {
            if (all.size() == 2 * n && (same(all) || dealsBelowWeights(all, n))) {
                for (int r = 0; r < n; r++) {
                    page_.get(r).weight = all.get(r).text();
                    page_.get(r).score = all.get(n + r).text();
                    page_.get(r).certainNumbers = true;
                }
            } else {
                if (all.size() == 2 * n) {
                    shared.add(new Shared(page_, all, true, page_.stream().map(row -> row.doubt).toList()));
                }
                page_.forEach(row -> row.doubt = true);
            }
        } else {
            placeNumbers(page_, numbers);
        }
        labels(page_, tokens, names);
        rows.addAll(page_);
    }

    /**
     * The target, actual, 分值 and 得分 of rows whose cells pdfminer printed after a later row's name, where they stand
     * as one row's four after another ({@code ≥90% ≥90% 7.00 7.00 ≥90% 100% 5.00 5.00}, two values then two numbers,
     * in turn): pdfminer orders the rows' boxes from the top, as it does their names, so the run's k-th four are its
     * k-th row's. A placeholder after a number is a reason's ({@code /}), not a cell of the four. Null for a row not
     * so dealt (its cells shared otherwise, or its own).
     */
    private static List<List<Token>> rowByRow(List<Token> tokens, List<Integer> names) {
        int n = names.size();
        List<List<Token>> cells = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int end = r + 1 < n ? names.get(r + 1) : tokens.size();
            List<Token> c = new ArrayList<>();
            for (Token t : tokens.subList(names.get(r) + 1, end)) {
                boolean reason = t.kind() == Kind.PLACEHOLDER && !c.isEmpty()
                        && c.get(c.size() - 1).kind() == Kind.NUMBER;
                if (t.kind() == Kind.VALUE || t.kind() == Kind.NUMBER || t.kind() == Kind.PLACEHOLDER && !reason) {
                    c.add(t);
                }
            }
            cells.add(c);
        }
        List<List<Token>> out = new ArrayList<>(Collections.nCopies(n, null));
        for (int[] g : FlowGroups.of(cells.stream().mapToInt(List::size).toArray(), 4)) {
            List<Token> run = new ArrayList<>();
            cells.subList(g[0], g[1]).forEach(run::addAll);
            int k = g[1] - g[0];
            if (k > 1 && run.size() == 4 * k && alternatesByRow(run)) {
                for (int i = 0; i < k; i++) {
                    out.set(g[0] + i, run.subList(4 * i, 4 * i + 4));
                }
            }
        }
        return out;
    }

    private static boolean alternatesByRow(List<Token> run) {
        for (int i = 0; i < run.size(); i++) {
            Kind kind = run.get(i).kind();
            if (i % 4 < 2 ? !isValue(kind) : kind != Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two numbers of the run stand on one line: a row's 分值 and 得分 side by side, so the run is not a column
     * of 分值 then one of 得分 and is dealt as shared numbers are ({@link #placeNumbers}).
     */
    private static boolean sharesLine(List<Token> run) {
        for (int i = 1; i < run.size(); i++) {
            if (run.get(i).line() == run.get(i - 1).line()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run dealt as n 分值 then n 得分 gives no row a 得分 above its 分值: pdfminer may put a box of one
     * column before the other's (the last 分值 first), which shows there, and then the numbers are not placed at all.
     */
    private static boolean dealsBelowWeights(List<Token> run, int n) {
        for (int r = 0; r < n; r++) {
            if (number(run.get(n + r).text()).compareTo(number(run.get(r).text())) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token i is a plain number standing as an actual ({@code ≤2%} / {@code 0}): right after a row's one
     * value (a name or label before that) and before anything but a number, or before just two numbers (the row's
     * 分值 and 得分, its cells printed left to right: target, actual, 分值, 得分).
     */
    private static boolean isLoneActual(List<Token> tokens, int i) {
        Kind before = tokens.get(i - 2).kind();
        if (tokens.get(i).kind() != Kind.NUMBER || !isValue(tokens.get(i - 1).kind())
                || before != Kind.NAME && before != Kind.LEVEL1 && before != Kind.LEVEL2) {
            return false;
        }
        int numbers = 0;
        while (i + 1 + numbers < tokens.size() && tokens.get(i + 1 + numbers).kind() == Kind.NUMBER) {
            numbers++;
        }
        return numbers == 0 || numbers == 2;
    }

    private static boolean isValue(Kind kind) {
        return kind == Kind.VALUE || kind == Kind.PLACEHOLDER;
    }

    private static void placeValues(List<Row> page, List<List<Token>> values) {
        for (int[] g : FlowGroups.of(values.stream().mapToInt(List::size).toArray())) {
            List<Token> shared = new ArrayList<>();
            for (int r = g[0]; r < g[1]; r++) {
                shared.addAll(values.get(r));
            }
            int k = g[1] - g[0];
            boolean columnWise = k > 1 && shared.size() == 2 * k && matches(shared, k, true) > matches(shared, k, false);
            for (int r = g[0]; r < g[1]; r++) {
                Row row = page.get(r);
                int i = r - g[0];
                int t = columnWise ? i : 2 * i;
                int a = columnWise ? k + i : 2 * i + 1;
                if (shared.size() == 2 * k) {
                    row.target = shared.get(t).text();
                    row.actual = shared.get(a).text();
                } else if (k == 1 && shared.size() == 1) {
                    row.actual = shared.get(0).text();
                }
                row.doubt |= k > 1 || shared.size() != 2 * k;
            }
        }
    }

    /** How many of the group's rows get a target and an actual of the same sort, read column-wise or row-wise. */
    private static int matches(List<Token> shared, int k, boolean columnWise) {
        int same = 0;
        for (int i = 0; i < k; i++) {
            String t = shared.get(columnWise ? i : 2 * i).text();
            String a = shared.get(columnWise ? k + i : 2 * i + 1).text();
            same += sort(t).equals(sort(a)) ? 1 : 0;
        }
        return same;
    }

    private static String sort(String value) {
        var m = ValueParser.measure(value);
        if (m == null) {
            return "text";
        }
        return m.kind() + ":" + (m.unit() == null ? "" : m.unit());
    }

    /**
     * Deals the shared runs left unplaced by the scales the form's certain rows print ({@link FlowScales}): a page's
     * whole run then reads as a dealt run does; rows of a smaller run stay in doubt, as rows dealt by pairs do.
     */
    private void byScale() {
        List<String[]> certain = new ArrayList<>();
        for (Row row : rows) {
            if (row.certainNumbers) {
                certain.add(new String[] {row.weight, row.score});
            }
        }
        FlowScales scales = shared.isEmpty() ? null : FlowScales.of(certain);
        if (scales == null) {
            return;
        }
        for (Shared s : shared) {
            List<String[]> pairs = scales.deal(s.numbers().stream().map(Token::text).toList(), s.rows().size());
            if (pairs == null) {
                continue;
            }
            for (int r = 0; r < pairs.size(); r++) {
                Row row = s.rows().get(r);
                row.weight = pairs.get(r)[0];
                row.score = pairs.get(r)[1];
                row.certainNumbers = s.pageRun();
                row.doubt = !s.pageRun() || s.textDoubt().get(r);
            }
        }
    }

    private void placeNumbers(List<Row> page, List<List<Token>> numbers) {
        for (int[] g : FlowGroups.of(numbers.stream().mapToInt(List::size).toArray())) {
            List<Token> shared = new ArrayList<>();
            for (int r = g[0]; r < g[1]; r++) {
                shared.addAll(numbers.get(r));
            }
            int k = g[1] - g[0];
            boolean placed = shared.size() == 2 * k && (k == 1 || paired(shared) || alternating(shared) || same(shared));
            if (!placed && k > 1 && shared.size() == 2 * k) {
                this.shared.add(new Shared(page.subList(g[0], g[1]), shared, false, List.of()));
            }
            for (int r = g[0]; r < g[1]; r++) {
                Row row = page.get(r);
                int i = r - g[0];
                if (placed) {
                    row.weight = shared.get(2 * i).text();
                    row.score = shared.get(2 * i + 1).text();
                    row.certainNumbers = k == 1;
                }
                row.doubt |= k > 1 || shared.size() != 2 * k;
            }
        }
    }

    /**
     * Whether numbers shared by several rows stand in pairs on one line each (a 分值 and its 得分 side by side), so
     * that they are dealt to the rows pair by pair; numbers a line each could as well be a column of 分值 then one of
     * 得分, and are not placed.
     */
    private static boolean paired(List<Token> numbers) {
        for (int i = 0; i + 1 < numbers.size(); i += 2) {
            if (numbers.get(i).line() != numbers.get(i + 1).line()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether numbers shared by several rows are all one text ({@code 8 8 8 8}): every way of dealing them gives each
     * row that 分值 and that 得分, whatever order pdfminer printed them in.
     */
    private static boolean same(List<Token> numbers) {
        for (Token t : numbers) {
            if (!t.text().equals(numbers.get(0).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether numbers shared by several rows alternate between two printed scales ({@code 5.0 5.00 2.5 2.50}: 分值 to
     * one decimal, 得分 to two), which shows them as pairs; a column of 分值 then one of 得分 would not alternate.
     */
    private static boolean alternating(List<Token> numbers) {
        int even = scale(numbers.get(0).text());
        int odd = scale(numbers.get(1).text());
        for (int i = 0; i < numbers.size(); i++) {
            if (scale(numbers.get(i).text()) != (i % 2 == 0 ? even : odd)) {
                return false;
            }
        }
        return even != odd;
    }

    private static int scale(String number) {
        int point = number.indexOf('.');
        return point < 0 ? 0 : number.length() - point - 1;
    }

    /**
     * The labels of the page's rows: where each row has its 一级 (二级) label, in order; merged 一级 labels where the
     * rows' 二级 labels name them in the same runs; else a label goes to the first row after it.
     */
    private static void labels(List<Row> page, List<Token> tokens, List<Integer> names) {
        for (Kind kind : List.of(Kind.LEVEL2, Kind.LEVEL1)) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() == kind) {
                    at.add(i);
                }
            }
            if (kind == Kind.LEVEL1 && at.size() < page.size() && mergedByLevel2(page, tokens, at)) {
                continue;
            }
            for (int j = 0; j < at.size(); j++) {
                int r = at.size() == page.size() ? j : rowAfter(names, at.get(j));
                if (r < page.size()) {
                    if (kind == Kind.LEVEL1) {
                        page.get(r).level1 = tokens.get(at.get(j)).text();
                    } else {
                        page.get(r).level2 = tokens.get(at.get(j)).text();
                    }
                }
            }
        }
    }

    /**
     * Gives merged 一级 labels their rows where each row's 二级 label names its 一级 (数量指标 is an 产出指标) and the
     * runs of rows so named are the printed 一级 labels, in order.
     */
    private static boolean mergedByLevel2(List<Row> page, List<Token> tokens, List<Integer> at) {
        List<String> runs = new ArrayList<>();
        for (Row row : page) {
            String family = MergedLabels.level1Of(row.level2);
            if (family == null) {
                return false;
            }
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(family)) {
                runs.add(family);
            }
        }
        List<String> printed = at.stream().map(i -> tokens.get(i).text()).toList();
        if (!runs.equals(printed)) {
            return false;
        }
        for (Row row : page) {
            row.level1 = MergedLabels.level1Of(row.level2);
        }
        return true;
    }

    private static int rowAfter(List<Integer> names, int token) {
        int r = 0;
        while (r < names.size() && names.get(r) < token) {
            r++;
        }
        return r;
    }

    /** The 总分 row's numbers and the reasons printed after it. */
    private void tail(List<Box> tail) {
        List<String> first = tail.get(0).cells();
        total.add(first.get(0));
        List<Token> after = new ArrayList<>();
        for (String cell : first.subList(1, first.size())) {
            after.add(token(cell, tail.get(0).line(), tail.get(0).page()));
        }
        for (Box box : tail.subList(1, tail.size())) {
            if (!box.vertical()) {
                after.addAll(tokens(box));
            }
        }
        List<String> numbers = new ArrayList<>();
        for (Token t : after) {
            if (t.kind() == Kind.NUMBER) {
                numbers.add(t.text());
            } else if (t.kind() == Kind.REASON) {
                reasons.add(t);
            }
        }
        if (numbers.size() > 2) {
            numbers = joinedTails(first.size() > 1 ? List.of() : tail.subList(1, tail.size()), numbers);
        }
        if (numbers.size() > 2) {
            numbers = List.of(StreamText.UNSURE, StreamText.UNSURE);
        }
        total.addAll(numbers);
    }

    /**
     * The total's numbers where a box of them holds a number wrapped inside its cell ({@code 100.0} / {@code 0}: a
     * last digit on a line of its own under a number with a point) and joining those leaves exactly the row's two; else
     * {@code numbers} as they are. More than two numbers after 总分 are not the total's two (pdfminer printed rows'
     * numbers there too): which two are cannot be told, so the total is unreadable.
     */
    private static List<String> joinedTails(List<Box> boxes, List<String> numbers) {
        List<String> joined = new ArrayList<>();
        for (Box box : boxes) {
            if (box.vertical()) {
                continue;
            }
            for (Token t : tokens(box)) {
                int last = joined.size() - 1;
                boolean wrapped = last >= 0 && t.line() == box.line() + box.lines().size() - 1 && !box.oneLine()
                        && t.text().length() <= 2 && t.text().chars().allMatch(Character::isDigit)
                        && joined.get(last).indexOf('.') > 0;
                if (wrapped) {
                    joined.set(last, joined.get(last) + t.text());
                } else if (t.kind() == Kind.NUMBER) {
                    joined.add(t.text());
                }
            }
        }
        return joined.size() == 2 ? joined : numbers;
    }

    /**
     * Gives the reasons to the rows whose 得分 is below their 分值, in order, where they are as many; else those rows
     * are in doubt.
     */
    private void reasons() {
        List<Row> deducted = new ArrayList<>();
        for (Row row : rows) {
            if (row.certainNumbers && number(row.score).compareTo(number(row.weight)) < 0) {
                deducted.add(row);
            }
        }
        if (deducted.size() == reasons.size()) {
            for (int i = 0; i < deducted.size(); i++) {
                deducted.get(i).reason = reasons.get(i).text();
            }
        } else {
            deducted.forEach(row -> row.doubt = true);
        }
    }

    private static BigDecimal number(String text) {
        return ValueParser.figure(text).value();
    }

    List<TextRow> rows() {
        List<TextRow> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (String[] c : columns) {
            roles.add(c[0]);
            head.add(c[1]);
        }
        out.add(new TextRow(headerLine, true, head));
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            for (String role : roles) {
                cells.add(switch (role) {
                    case "level1" -> row.level1;
                    case "level2" -> row.level2;
                    case "name" -> row.doubt ? GridCell.TEXT_IN_DOUBT + row.name : row.name;
                    case "target" -> row.target;
                    case "actual" -> row.actual;
                    case "weight" -> row.weight;
                    case "score" -> row.score;
                    default -> row.reason;
                });
            }
            out.add(new TextRow(row.line, true, cells));
        }
        int weight = roles.indexOf("weight");
        int score = roles.indexOf("score");
        if (total.size() == 3 && weight > 0 && score > 0) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < roles.size(); c++) {
                cells.add(c == 0 ? total.get(0) : c == weight ? total.get(1) : c == score ? total.get(2) : "");
            }
            out.add(new TextRow(totalLine, true, cells));
        } else {
            out.add(new TextRow(totalLine, true, total));
        }
        return out;
    }
}
