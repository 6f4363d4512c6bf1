package ziping.read.text;

import ziping.parse.IndicatorLabels;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an indicator table whose wrapped cells pdfminer printed line by line: where a table's line pitch is
 * wider than pdfminer's line margin (Chromium's PDFs often), every line of a wrapped cell is a box of its own, and the
 * boxes stand by their bottom edge, then left to right. A row's cells are centred on it, so a cell of h lines has its
 * lines at h - 1 half-line steps around the row's middle, where its one-line cells stand (the anchor: the line that ends
 * with the 分值 and 得分): the row prints its cells' upper lines before the anchor and their lower lines after it, level
 * by level, each level left to right. A cell of several lines printed as one box stands at its last line.
 * <p>
 * Each row is rebuilt by choosing each free column's height and printing (lines apart or as one box): the heights
 * predict the order of the row's boxes, which must be the printed order, and the texts they put in each column must fit
 * it (a 一级 label joins to 产出指标 …). The rows are divided where the sum over all rows fits best. A lone character
 * of the vertical block label (绩 / 效 / 指 / 标) or a line of a repeated header may be left out. A row that another
 * choice explains as well with other texts, or that no choice explains, is printed as {@link SplitTable#textInDoubt}
 * gives it (its anchor is certain), the latter as {@link SplitTable#doubt} gives it where a box of several lines holds
 * two numbers side by side (another row's anchor may hide there): a parse finding either way.
 */
final class SplitRows {
    private static final double EPSILON = 1e-9;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** A row no choice of heights explains: read as a parse finding, whatever its range. */
    private static final double UNEXPLAINED = 100;
    /** Leaving out a lone character of the block label or of a repeated header. */
    private static final double DROP = 1;
    /** A lone 标 or 指标 read into a name or a reason: rather the block label's or a header's, left out. */
    private static final double MARK_ELSEWHERE = 3;
    /** A line of a wrapped cell that the next line's first character would have filled: another cell's line. */
    private static final double SHORT_LINE = 3;
    private static final int MAX_DROPS = 4;
    private static final int SEARCH = 14;

    /**
     * A box's token or a box of several lines (its lines {@code printed}), with the box it stands in; an anchor's line
     * with the number of empty cells its line prints after its last text ({@link Box#spacedCells}: those columns of
     * its row are empty).
     */
    private record Fragment(String text, int lines, int box, int line, boolean droppable, List<String> printed,
                            int emptyAfter) {
        Fragment(String text, int box, int line, boolean droppable) {
            this(text, 1, box, line, droppable, List.of(text), 0);
        }
    }

    /** One slot of a predicted order: a level in half lines, a column, the lines of the box printed there. */
    private record Slot(int level, int column, int lines) {
    }

    /**
     * A row's reading: its cost, its texts per column, whether another reading fits as well; the bottom edge of each
     * fragment of its range below the row's middle in lines (NaN where it was left out; null where no reading explains
     * the row), the row's height in lines and each column's lines (null where no reading explains the row).
     */
    private record Reading(double cost, String[] texts, boolean unique, double[] edges, int height,
                           List<List<String>> lines) {
        Reading(double cost, String[] texts, boolean unique) {
            this(cost, texts, unique, null, 1, null);
        }

        Reading tied() {
            return new Reading(cost, texts, false, edges, height, lines);
        }
    }

    /** A division of the table: each row's chosen reading's texts, whether it is sure, whether a reading explains it. */
    private record Division(int[] ends, String[][] chosen, boolean[] sure, boolean[] explained) {
    }

    /**
     * A merged label read apart: its column, its text, its fragments (its lines, or one box), whether printed as one
     * box, its lines.
     */
    private record Label(String role, String text, int[] parts, boolean whole, int lines) {
        int first() {
            return parts[0];
        }
    }

    /** The labels of the lexicon: only these may end in a box of several lines. */
    private static final Set<String> KNOWN_LABELS = knownLabels();

    /** Fragments between a wrapped label's first line and its next. */
    private static final int LABEL_WINDOW = 12;

    private final String[] roles;
    private final SplitTable table;
    private final List<Fragment> fragments = new ArrayList<>();
    private final List<Integer> anchors = new ArrayList<>();
    private final Map<String, Map<Long, List<Slot[]>>> shapes = new HashMap<>();
    private final Map<Long, Reading> readings = new HashMap<>();
    /** Whether some cell of the table was printed as one box of several lines: only then may a shape hold one. */
    private boolean wholeBoxes;
    /** The labels of the merged columns, by column, read apart from the rows. */
    private final Map<String, MergedLabels> merged = new LinkedHashMap<>();
    /**
     * Per column, the widest text the sure rows of a first division printed on one line and the least width a sure
     * row's wrapped text needed (its first line and the next line's first unit); null before they are counted.
     */
    private int[] widestOneLine;
    private int[] narrowestWrapped;
    /** A reading that puts a text on one line in a column where as wide a text wrapped, or the reverse. */
    private static final double WRONG_WIDTH = 2;

    private static Set<String> knownLabels() {
        Set<String> out = new HashSet<>(IndicatorLabels.builtIn().level1());
        out.addAll(IndicatorLabels.builtIn().level2());
        return Set.copyOf(out);
    }

    private SplitRows(SplitTable table) {
        this.roles = table.roles();
        this.table = table;
    }

    /**
     * Whether the table's wrapped cells were printed line by line: lone 标 lines of wrapped labels stand in it, apart
     * from their first lines (not the 标 of a block label printed 绩 / 效 / 指 / 标, nor one that follows its 产出指 where a
     * page break parted them).
     */
    static boolean applies(List<Box> body) {
        int lone = 0;
        for (int i = 0; i < body.size(); i++) {
            lone += isLine(body.get(i), "标") && (i == 0 || !endsWith(body.get(i - 1), "指")) ? 1 : 0;
        }
        return lone >= 2;
    }

    private static boolean isLine(Box box, String text) {
        return box.oneLine() && box.lines().get(0).equals(text);
    }

    private static boolean endsWith(Box box, String text) {
        return box.lines().get(box.lines().size() - 1).endsWith(text);
    }

    /** The rows' texts in column order, each with the line of its first box; null where the table has no anchor. */
    static List<TextRow> rows(List<Box> body, SplitTable table) {
        SplitRows split = new SplitRows(table);
        split.read(body);
        if (split.anchors.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        split.fragments.forEach(f -> texts.add(f.text()));
        boolean placeable = table.placeable(texts, split.anchors.size());
        Set<String> columns = split.mergedColumns(placeable);
        if (!columns.isEmpty()) {
            SplitRows apart = new SplitRows(table.merged(columns));
            apart.read(body);
            apart.takeLabels(columns);
            return apart.divide();
        }
        return placeable ? split.divide() : split.unread();
    }

    /**
     * The label columns merged over groups of rows: those with fewer labels (whole or wrapped) than rows; the 一级
     * column also where the table cannot otherwise be placed.
     */
    private Set<String> mergedColumns(boolean placeable) {
        List<String> roles = table.labelColumns();
        Set<String> out = new LinkedHashSet<>();
        if (roles.isEmpty()) {
            return out;
        }
        List<Label> labels = labels(new HashSet<>(roles));
        for (String role : roles) {
            long count = labels.stream().filter(l -> l.role().equals(role)).count();
            if (count < anchors.size() || role.equals("level1") && !placeable) {
                out.add(role);
            }
        }
        return out;
    }

    /**
     * The labels of the columns: a fragment that is a label whole, or a label's first line with its next one or two
     * lines, the first fragments after it that complete it (never an anchor's).
     */
    private List<Label> labels(Set<String> roles) {
        boolean[] taken = new boolean[fragments.size()];
        for (int a : anchors) {
            taken[a] = true;
        }
        List<Label> out = new ArrayList<>();
        List<int[]> tails = new ArrayList<>();
        for (int k = 0; k < fragments.size(); k++) {
            Fragment f = fragments.get(k);
            if (taken[k]) {
                continue;
            }
            String role = table.labelRole(f.text());
            if (role != null) {
                if (roles.contains(role)) {
                    taken[k] = true;
                    out.add(new Label(role, f.text(), new int[] {k}, true, f.lines()));
                }
                continue;
            }
            if (f.lines() != 1 || !table.startsLabel(f.text())) {
                continue;
            }
            int[] tail = tail(k, f.text(), taken, roles);
            if (tail != null) {
                taken[k] = true;
                StringBuilder text = new StringBuilder(f.text());
                int[] parts = new int[tail.length + 1];
                parts[0] = k;
                for (int j = 0; j < tail.length; j++) {
                    taken[tail[j]] = true;
                    text.append(fragments.get(tail[j]).text());
                    parts[j + 1] = tail[j];
                }
                int lines = f.lines();
                for (int t : tail) {
                    lines += fragments.get(t).lines();
                }
                out.add(new Label(table.labelRole(text.toString()), text.toString(), parts, false, lines));
            }
        }
        return out;
    }

    /**
     * The next lines (one or two fragments) that complete a first line to a label of the columns, or null; the last
     * may be a box of the label's other lines ({@code 服务对} / {@code 象满意} {@code 度指标}).
     */
    private int[] tail(int k, String first, boolean[] taken, Set<String> roles) {
        for (int t = k + 1; t < Math.min(fragments.size(), k + 1 + LABEL_WINDOW); t++) {
            if (taken[t]) {
                continue;
            }
            String two = first + fragments.get(t).text();
            String role = table.labelRole(two);
            if (role != null && (fragments.get(t).lines() == 1 || KNOWN_LABELS.contains(two))) {
                return roles.contains(role) ? new int[] {t} : null;
            }
            if (fragments.get(t).lines() != 1 || !table.startsLabel(two)) {
                continue;
            }
            for (int u = t + 1; u < Math.min(fragments.size(), t + 1 + LABEL_WINDOW); u++) {
                if (taken[u]) {
                    continue;
                }
                String three = two + fragments.get(u).text();
                String r = table.labelRole(three);
                if (r != null && (fragments.get(u).lines() == 1 || KNOWN_LABELS.contains(three))) {
                    return roles.contains(r) ? new int[] {t, u} : null;
                }
            }
        }
        return null;
    }

    /** Takes the labels of the merged columns out of the fragments, each kept with where it was printed. */
    private void takeLabels(Set<String> columns) {
        List<Label> labels = labels(columns);
        boolean[] taken = new boolean[fragments.size()];
        for (String role : table.labelColumns()) {
            if (columns.contains(role)) {
                merged.put(role, new MergedLabels());
            }
        }
        for (Label l : labels) {
            for (int part : l.parts()) {
                taken[part] = true;
            }
        }
        int[] keptBefore = new int[fragments.size()];
        List<Fragment> kept = new ArrayList<>();
        List<Integer> keptAnchors = new ArrayList<>();
        for (int k = 0; k < fragments.size(); k++) {
            keptBefore[k] = kept.size();
            if (taken[k]) {
                continue;
            }
            if (anchors.contains(k)) {
                keptAnchors.add(kept.size());
            }
            kept.add(fragments.get(k));
        }
        for (Label l : labels) {
            MergedLabels m = merged.get(l.role());
            if (l.whole()) {
                m.add(Piece.of(l.text(), l.lines(), fragments.get(l.first()).line()), keptBefore[l.first()]);
            } else {
                int[] places = new int[l.parts().length];
                for (int k = 0; k < places.length; k++) {
                    places[k] = keptBefore[l.parts()[k]];
                }
                m.addLines(l.text(), places);
            }
        }
        fragments.clear();
        fragments.addAll(kept);
        anchors.clear();
        anchors.addAll(keptAnchors);
    }

    /** Each row with its anchor's cells only, in doubt: a parse finding on every row. */
    private List<TextRow> unread() {
        List<TextRow> out = new ArrayList<>();
        for (int a : anchors) {
            out.add(new TextRow(fragments.get(a).line(), true, texts(table.doubt(anchorTexts(a)))));
        }
        return out;
    }

    private static List<String> texts(String[] cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c == null ? "" : c);
        }
        return out;
    }

    private void read(List<Box> body) {
        for (int b = 0; b < body.size(); b++) {
            Box box = body.get(b);
            if (!box.oneLine()) {
                if (!table.skips(box)) {
                    wholeBoxes = true;
                    fragments.add(new Fragment(box.joined(), box.lines().size(), b, box.line(), false, box.lines(), 0));
                }
                continue;
            }
            String text = box.lines().get(0);
            if (table.skips(box)) {
                continue;
            }
            List<String> cells = box.cells();
            if (table.anchor(cells) != null) {
                anchors.add(fragments.size());
                fragments.add(new Fragment(text, 1, b, box.line(), false, List.of(text), emptyAfter(box)));
                continue;
            }
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    fragments.add(new Fragment(cell, b, box.line(), table.droppable(cell)));
                }
            }
        }
    }

    /**
     * The rows of the best division; where the table counts widths ({@link SplitTable#countsWidths}), divided again
     * with the widths the first division's sure rows show: a row both read for sure but differently is in doubt (the
     * order and the widths disagree). A row in doubt or next to one has the cells its anchor's line shows for sure
     * marked ({@link SplitTable#markOnLine}): the checks that read only those may run on it.
     */
    private List<TextRow> divide() {
        Division d = divideOnce();
        if (table.countsWidths() && countWidths(d)) {
            Division first = d;
            readings.clear();
            d = divideOnce();
            for (int i = 0; i < d.sure().length; i++) {
                if (first.sure()[i] && d.sure()[i] && !Arrays.equals(first.chosen()[i], d.chosen()[i])) {
                    d.sure()[i] = false;
                }
            }
        }
        int n = anchors.size();
        boolean hidesPoints = false;
        for (Fragment f : fragments) {
            hidesPoints |= f.lines() > 1 && BoxIndicators.hidesPoints(f.text());
        }
        String[][] rows = new String[n][];
        for (int i = 0; i < n; i++) {
            d.sure()[i] &= table.stands(d.chosen()[i]);
        }
        for (int i = 0; i < n; i++) {
            String[] chosen = d.chosen()[i];
            rows[i] = d.sure()[i] ? chosen
                    : d.explained()[i] || !hidesPoints ? table.textInDoubt(chosen) : table.doubt(chosen);
            if (!d.sure()[i] || i > 0 && !d.sure()[i - 1] || i + 1 < n && !d.sure()[i + 1]) {
                rows[i] = table.markOnLine(rows[i], anchorTexts(anchors.get(i)));
            }
        }
        int[] ends = d.ends();
        if (!merged.isEmpty()) {
            placeLabels(ends, rows);
        }
        List<TextRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int first = ends[i] < anchors.get(i) ? ends[i] : anchors.get(i);
            out.add(new TextRow(fragments.get(first).line(), true, texts(rows[i])));
        }
        return out;
    }

    /** Counts the columns' widths the division's sure rows show; whether they show any. */
    private boolean countWidths(Division d) {
        int[] widest = new int[roles.length];
        int[] narrowest = new int[roles.length];
        Arrays.fill(narrowest, Integer.MAX_VALUE);
        boolean any = false;
        for (int i = 0; i < d.sure().length; i++) {
            Reading r = reading(i, d.ends()[i], d.ends()[i + 1]);
            if (!d.sure()[i] || r.lines() == null) {
                continue;
            }
            for (int c = 0; c < roles.length; c++) {
                List<String> lines = r.lines().get(c);
                if (lines.size() == 1) {
                    widest[c] = Math.max(widest[c], Widths.width(lines.get(0)));
                    any = true;
                } else if (lines.size() > 1) {
                    narrowest[c] = Math.min(narrowest[c], needed(lines));
                    any = true;
                }
            }
        }
        widestOneLine = widest;
        narrowestWrapped = narrowest;
        return any;
    }

    /** The width a wrapped cell's first line needed to hold the next line's first unit too: more than the cell's. */
    private static int needed(List<String> lines) {
        return Widths.width(lines.get(0)) + LineBreaks.firstUnit(lines.get(1));
    }

    /** How many columns the lines put a text on one line as wide as one that wrapped there, or the reverse. */
    private int wrongWidths(List<List<String>> lines) {
        int out = 0;
        for (int c = 0; c < lines.size(); c++) {
            List<String> cell = lines.get(c);
            if (cell.size() == 1 && Widths.width(cell.get(0)) >= narrowestWrapped[c]
                    || cell.size() > 1 && needed(cell) <= widestOneLine[c]) {
                out++;
            }
        }
        return out;
    }

    private Division divideOnce() {
        int n = anchors.size();
        List<Map<Integer, Double>> forward = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> f = new HashMap<>();
            for (int e = lowEnd(i); e <= highEnd(i); e++) {
                double best = Double.POSITIVE_INFINITY;
                for (int s = lowStart(i); s <= highStart(i); s++) {
                    best = Math.min(best, before(forward, i, s) + reading(i, s, e).cost());
                }
                f.put(e, best);
            }
            forward.add(f);
        }
        List<Map<Integer, Double>> after = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            after.add(new HashMap<>());
        }
        after.get(n).put(fragments.size(), 0.0);
        for (int i = n - 1; i >= 0; i--) {
            for (int s = lowStart(i); s <= highStart(i); s++) {
                double best = Double.POSITIVE_INFINITY;
                for (int e = lowEnd(i); e <= highEnd(i); e++) {
                    best = Math.min(best, reading(i, s, e).cost() + after.get(i + 1).getOrDefault(e, INF));
                }
                after.get(i).put(s, best);
            }
        }
        double total = forward.get(n - 1).get(fragments.size());
        int[] ends = new int[n + 1];
        ends[n] = fragments.size();
        for (int i = n - 1; i >= 0; i--) {
            int e = ends[i + 1];
            for (int s = lowStart(i); s <= highStart(i); s++) {
                if (Math.abs(before(forward, i, s) + reading(i, s, e).cost() - forward.get(i).get(e)) < EPSILON) {
                    ends[i] = s;
                    break;
                }
            }
        }
        String[][] chosenTexts = new String[n][];
        boolean[] sure = new boolean[n];
        boolean[] explainedRows = new boolean[n];
        for (int i = 0; i < n; i++) {
            Reading chosen = reading(i, ends[i], ends[i + 1]);
            boolean explained = chosen.cost() < UNEXPLAINED;
            boolean unique = chosen.unique() && explained && !bordersUnexplained(i, ends);
            for (int s = lowStart(i); s <= highStart(i) && unique; s++) {
                for (int e = lowEnd(i); e <= highEnd(i) && unique; e++) {
                    Reading r = reading(i, s, e);
                    double through = before(forward, i, s) + r.cost() + after.get(i + 1).getOrDefault(e, INF);
                    unique = Math.abs(through - total) > EPSILON || Arrays.equals(r.texts(), chosen.texts());
                }
            }
            chosenTexts[i] = chosen.texts();
            sure[i] = unique;
            explainedRows[i] = explained;
        }
        return new Division(ends, chosenTexts, sure, explainedRows);
    }

    /**
     * Whether a row next to it that no reading explains took fragments between the two rows' anchors: such a row takes
     * any fragments at the same cost, so where the division between them falls the text does not tell (only where the
     * table reads such rows in doubt, {@link SplitTable#doubtsBordersOfUnexplainedRows}).
     */
    private boolean bordersUnexplained(int i, int[] ends) {
        if (!table.doubtsBordersOfUnexplainedRows()) {
            return false;
        }
        boolean above = i > 0 && ends[i] > anchors.get(i - 1) + 1
                && reading(i - 1, ends[i - 1], ends[i]).cost() >= UNEXPLAINED;
        boolean below = i + 1 < anchors.size() && ends[i + 1] < anchors.get(i + 1)
                && reading(i + 1, ends[i + 1], ends[i + 2]).cost() >= UNEXPLAINED;
        return above || below;
    }

    /**
     * Gives the merged columns' labels to the rows: each row stacked below the one before ({@link MergedLabels#PAD}
     * apart) as tall as its reading, its fragments' bottom edges where its reading printed them.
     */
    private void placeLabels(int[] ends, String[][] rows) {
        int n = rows.length;
        double[] top = new double[n];
        double[] height = new double[n];
        List<Double> bottoms = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < n; i++) {
            Reading r = reading(i, ends[i], ends[i + 1]);
            top[i] = y;
            height[i] = r.edges() == null ? 1 : r.height();
            double middle = y + height[i] / 2;
            double last = middle + 0.5;
            for (int k = ends[i]; k < ends[i + 1]; k++) {
                double edge = r.edges() == null ? Double.NaN : r.edges()[k - ends[i]];
                last = Double.isNaN(edge) ? last : middle + edge;
                bottoms.add(last);
            }
            y += height[i] + MergedLabels.PAD;
        }
        for (Map.Entry<String, MergedLabels> column : merged.entrySet()) {
            int c = Arrays.asList(roles).indexOf(column.getKey());
            String[] implied = new String[n];
            for (int i = 0; i < n; i++) {
                implied[i] = table.impliedLabel(column.getKey(), rows[i]);
            }
            String[] labels = column.getValue().assign(top, height, bottoms, implied);
            for (int i = 0; i < n; i++) {
                rows[i] = rows[i].clone();
                rows[i][c] = labels[i];
            }
        }
    }

    private static double before(List<Map<Integer, Double>> forward, int i, int s) {
        return i == 0 ? 0 : forward.get(i - 1).getOrDefault(s, INF);
    }

    private int lowStart(int i) {
        return i == 0 ? 0 : anchors.get(i - 1) + 1;
    }

    private int highStart(int i) {
        return i == 0 ? 0 : anchors.get(i);
    }

    private int lowEnd(int i) {
        return i == anchors.size() - 1 ? fragments.size() : anchors.get(i) + 1;
    }

    private int highEnd(int i) {
        return i == anchors.size() - 1 ? fragments.size() : anchors.get(i + 1);
    }

    /** The best reading of row i over fragments [s, e), its anchor inside. */
    private Reading reading(int i, int s, int e) {
        long key = ((long) i << 42) | ((long) s << 21) | e;
        Reading known = readings.get(key);
        if (known == null) {
            known = read(i, s, e);
            readings.put(key, known);
        }
        return known;
    }

    private Reading read(int i, int s, int e) {
        int a = anchors.get(i);
        String[] fallback = anchorTexts(a);
        Reading best = new Reading(UNEXPLAINED, fallback, true);
        if (a - s > SEARCH || e - a - 1 > SEARCH || fallback == null) {
            return fallback == null ? new Reading(UNEXPLAINED, new String[roles.length], true) : best;
        }
        List<Integer> droppable = new ArrayList<>();
        for (int k = s; k < e; k++) {
            if (fragments.get(k).droppable()) {
                droppable.add(k);
            }
        }
        if (droppable.size() > MAX_DROPS) {
            return best;
        }
        Map<Long, List<Slot[]>> byCount = shapes(a);
        for (int mask = 0; mask < 1 << droppable.size(); mask++) {
            List<Fragment> top = new ArrayList<>();
            List<Fragment> bottom = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            int d = 0;
            for (int k = s; k < e; k++) {
                if (d < droppable.size() && droppable.get(d) == k) {
                    boolean drop = (mask & (1 << d)) != 0;
                    d++;
                    if (drop) {
                        continue;
                    }
                }
                if (k < a) {
                    top.add(fragments.get(k));
                } else if (k > a) {
                    bottom.add(fragments.get(k));
                }
                order.add(k);
            }
            double dropCost = DROP * Integer.bitCount(mask);
            List<Slot[]> candidates = byCount.get(((long) top.size() << 32) | bottom.size());
            if (candidates == null) {
                continue;
            }
            for (Slot[] slots : candidates) {
                Placed placed = place(slots, top, bottom, fallback);
                if (placed == null) {
                    continue;
                }
                String[] texts = placed.texts();
                double cost = dropCost + MARK_ELSEWHERE * placed.marks() + table.cost(texts);
                List<List<String>> lines = null;
                if (cost < best.cost() + EPSILON) {
                    lines = cellLines(slots, top, bottom, fallback);
                    cost += SHORT_LINE * shortLines(lines)
                            + (widestOneLine == null ? 0 : WRONG_WIDTH * wrongWidths(lines));
                }
                if (cost < best.cost() - EPSILON) {
                    best = new Reading(cost, texts, true, edges(slots, order, s, e), height(slots), lines);
                } else if (cost < best.cost() + EPSILON && !Arrays.equals(texts, best.texts())) {
                    best = best.tied();
                }
            }
        }
        return best;
    }

    /**
     * The bottom edge below the row's middle, in lines, of each fragment of [s, e) the slots place (in order: the
     * fragments kept, {@code order}); NaN for those left out.
     */
    private static double[] edges(Slot[] slots, List<Integer> order, int s, int e) {
        double[] out = new double[e - s];
        Arrays.fill(out, Double.NaN);
        for (int k = 0; k < slots.length; k++) {
            out[order.get(k) - s] = slots[k].level() / 2.0 + 0.5;
        }
        return out;
    }

    /** The height in lines of a row printed in these slots: its tallest cell's. */
    private static int height(Slot[] slots) {
        int h = 1;
        for (Slot slot : slots) {
            h = Math.max(h, Math.abs(slot.level()) + 1);
        }
        return h;
    }

    /**
     * The anchor's cells by column, the other columns null, those its line prints empty after its last text empty;
     * null where they do not fit the table.
     */
    private String[] anchorTexts(int a) {
        Fragment f = fragments.get(a);
        String[] texts = table.anchor(Cells.tokens(f.text()));
        if (texts != null && f.emptyAfter() > 0) {
            int last = texts.length - 1;
            while (texts[last] == null) {
                last--;
            }
            for (int c = last + 1; c <= Math.min(texts.length - 1, last + f.emptyAfter()); c++) {
                texts[c] = "";
            }
        }
        return texts;
    }

    /** How many empty cells a one-line box prints after its last text. */
    private static int emptyAfter(Box box) {
        List<String> cells = box.spacedCells();
        int n = 0;
        while (cells != null && n < cells.size() && cells.get(cells.size() - 1 - n).isEmpty()) {
            n++;
        }
        return n;
    }

    /** The texts of a placement, and how many lone marks it put in a column other than a label's. */
    private record Placed(String[] texts, int marks) {
    }

    /** The column texts the slots put the fragments in (null where the boxes do not fit the slots), anchor's kept. */
    private Placed place(Slot[] slots, List<Fragment> top, List<Fragment> bottom, String[] anchor) {
        String[] texts = anchor.clone();
        int anchorAt = top.size();
        int marks = 0;
        Slot previous = null;
        Fragment previousFragment = null;
        for (int k = 0; k < slots.length; k++) {
            Slot slot = slots[k];
            if (slot.lines() == 0) {
                previous = null;
                previousFragment = null;
                continue;
            }
            Fragment f = k < anchorAt ? top.get(k) : bottom.get(k - anchorAt - 1);
            if (f.lines() != slot.lines()) {
                return null;
            }
            if (previousFragment != null && previousFragment.box() == f.box()
                    && (previous.level() != slot.level() || previous.column() + 1 != slot.column())) {
                return null;
            }
            if (f.droppable() && !isLabel(slot.column())) {
                marks++;
            }
            String t = texts[slot.column()];
            texts[slot.column()] = t == null ? f.text() : join(t, f.text());
            previous = slot;
            previousFragment = f;
        }
        for (int c = 0; c < texts.length; c++) {
            if (isLabel(c) && texts[c] != null && (texts[c].startsWith("标") || texts[c].startsWith("指"))) {
                return null;
            }
        }
        return new Placed(texts, marks);
    }

    /** How many lines of the wrapped cells are short ({@link LineBreaks}). */
    private static int shortLines(List<List<String>> lines) {
        int out = 0;
        for (List<String> cell : lines) {
            out += LineBreaks.shortLines(cell);
        }
        return out;
    }

    /** Each column's lines, top to bottom, where the slots print the fragments, the anchor's cells kept. */
    private static List<List<String>> cellLines(Slot[] slots, List<Fragment> top, List<Fragment> bottom,
                                                String[] anchor) {
        List<List<String>> lines = new ArrayList<>();
        for (String t : anchor) {
            lines.add(t == null || t.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(t)));
        }
        int anchorAt = top.size();
        for (int k = 0; k < slots.length; k++) {
            if (slots[k].lines() > 0) {
                Fragment f = k < anchorAt ? top.get(k) : bottom.get(k - anchorAt - 1);
                lines.get(slots[k].column()).addAll(f.printed());
            }
        }
        return lines;
    }

    private boolean isLabel(int column) {
        return roles[column].equals("level1") || roles[column].equals("level2");
    }

    private static String join(String a, String b) {
        boolean latin = isLatin(a.charAt(a.length() - 1)) && isLatin(b.charAt(0));
        return latin ? a + " " + b : a + b;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /**
     * The orders the free columns' heights predict for anchor {@code a}, by their counts of boxes before and after
     * the anchor; each order's slots, the anchor's with no lines.
     */
    private Map<Long, List<Slot[]>> shapes(int a) {
        String[] anchor = anchorTexts(a);
        StringBuilder key = new StringBuilder();
        for (String t : anchor) {
            key.append(t == null ? '0' : '1');
        }
        return shapes.computeIfAbsent(key.toString(), k -> enumerate(anchor));
    }

    private Map<Long, List<Slot[]>> enumerate(String[] anchor) {
        int first = 0;
        while (anchor[first] == null) {
            first++;
        }
        List<Integer> free = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) {
            if (anchor[c] == null) {
                free.add(c);
            }
        }
        Map<Long, List<Slot[]>> out = new HashMap<>();
        int[] heights = new int[free.size()];
        boolean[] whole = new boolean[free.size()];
        int tallest = free.size() == roles.length - 1 ? table.tallest(roles[first]) : 1;
        for (int h = 1; h <= tallest; h++) {
            enumerate(0, free, heights, whole, first, h, out);
        }
        return out;
    }

    private void enumerate(int k, List<Integer> free, int[] heights, boolean[] whole, int anchorColumn,
                           int anchorHeight, Map<Long, List<Slot[]>> out) {
        if (k == free.size()) {
            List<Slot> slots = new ArrayList<>();
            for (int j = 0; j < free.size(); j++) {
                int h = heights[j];
                if (h == 0) {
                    continue;
                }
                if (whole[j]) {
                    slots.add(new Slot(h - 1, free.get(j), h));
                } else {
                    for (int line = 0; line < h; line++) {
                        slots.add(new Slot(-(h - 1) + 2 * line, free.get(j), 1));
                    }
                }
            }
            slots.add(new Slot(1 - anchorHeight, anchorColumn, 0));
            for (int line = 1; line < anchorHeight; line++) {
                slots.add(new Slot(1 - anchorHeight + 2 * line, anchorColumn, 1));
            }
            slots.sort((x, y) -> x.level() != y.level() ? Integer.compare(x.level(), y.level())
                    : Integer.compare(x.column(), y.column()));
            Slot[] order = new Slot[slots.size()];
            int before = -1;
            for (int j = 0; j < order.length; j++) {
                Slot slot = slots.get(j);
                if (slot.lines() == 0) {
                    before = j;
                }
                order[j] = slot;
            }
            long count = ((long) before << 32) | (order.length - before - 1);
            out.computeIfAbsent(count, c -> new ArrayList<>()).add(order);
            return;
        }
        String role = roles[free.get(k)];
        for (int h = table.lowest(role); h <= table.tallest(role); h++) {
            heights[k] = h;
            whole[k] = false;
            enumerate(k + 1, free, heights, whole, anchorColumn, anchorHeight, out);
            if (h >= 2 && wholeBoxes) {
                whole[k] = true;
                enumerate(k + 1, free, heights, whole, anchorColumn, anchorHeight, out);
                whole[k] = false;
            }
        }
    }

}
