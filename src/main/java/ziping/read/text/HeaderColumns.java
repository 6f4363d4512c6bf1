package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns a block header names, from the words of its zone. The words of the header line start the groups; each
 * word of the other zone lines that is no long column name by itself joins the group it completes into a column name
 * (预算执 + 行率), else the group it stands
 * under or over, else starts one; a group that names no column is dropped. Where the header line and the line below
 * it, read as one header wrapped over two lines ({@link HeaderPair}), or the zone's lines read as one indicator header
 * stacked over three lines or more ({@link HeaderStack}), name more columns, those are taken.
 */
final class HeaderColumns {
    private static final int HEADER_WORD = 12;
    /** A word of this many characters naming a column is that column's name, not the wrapped part of another. */
    private static final int WHOLE_NAME = 6;
    private static final List<String> LABEL_ROLES = List.of("level1", "level2", "name");
    /** The fewest characters of each of two column names printed as one word ({@link #splitJoined}). */
    private static final int SPLIT_NAME = 3;

    private HeaderColumns() {
    }

    static List<LayoutColumn> of(List<List<LayoutToken>> tokens, LayoutHeaders headers, int[] zone, Header header) {
        List<LayoutColumn> columns = read(tokens, headers, zone, header);
        return header == Header.INDICATORS ? weightFirst(valuesInOrder(columns)) : columns;
    }

    /**
     * The columns with the target put back before the actual and the actual before the 得分, where the header's words
     * stand otherwise: every template prints 指标值 before 完成值 and both before 得分 (the 分值 may stand anywhere
     * before 得分), and Chromium's header lines, each set at its own pitch, can place a wrapped name's word past its
     * neighbour's ({@code 指标值} on the second line under {@code 完成值}, read after 分值). The misplaced column moves
     * next to the one it belongs beside; the places along the line stay in their order, the names move.
     */
    private static List<LayoutColumn> valuesInOrder(List<LayoutColumn> columns) {
        List<LayoutColumn> roles = new ArrayList<>(columns);
        int target = LayoutColumn.index(roles, "target");
        int actual = LayoutColumn.index(roles, "actual");
        if (target > actual && actual >= 0) {
            roles.add(actual, roles.remove(target));
        }
        target = LayoutColumn.index(roles, "target");
        actual = LayoutColumn.index(roles, "actual");
        int score = LayoutColumn.index(roles, "score");
        if (actual > score && score >= 0) {
            LayoutColumn moved = roles.remove(actual);
            roles.add(target >= 0 && target < score ? target + 1 : score, moved);
        }
        return renamed(columns, roles);
    }

    /**
     * The columns' places along the line, in their order, under the names of {@code names} (the same columns,
     * reordered): each place takes the name at its index.
     */
    private static List<LayoutColumn> renamed(List<LayoutColumn> places, List<LayoutColumn> names) {
        if (names.equals(places)) {
            return places;
        }
        List<LayoutColumn> out = new ArrayList<>(places.size());
        for (int c = 0; c < places.size(); c++) {
            LayoutColumn place = places.get(c);
            LayoutColumn name = names.get(c);
            out.add(new LayoutColumn(name.role(), place.start(), place.end(), name.text(),
                    LayoutColumn.isLeftAligned(name.role())));
        }
        return out;
    }

    /**
     * The columns with a 得分 read just before its 分值 put back after it: every template prints 分值 first, and
     * pdftotext sets a header's lines at their own pitch, so that the wrapped words of the two names can cross
     * ({@code 实际完成值 （B）} over {@code 指标分 得分} over {@code 值}: 得分 taken with the note, 指标分值 placed after
     * it). The two columns' names change places, their places along the line stay.
     */
    private static List<LayoutColumn> weightFirst(List<LayoutColumn> columns) {
        int weight = LayoutColumn.index(columns, "weight");
        int score = LayoutColumn.index(columns, "score");
        if (weight < 0 || score != weight - 1) {
            return columns;
        }
        List<LayoutColumn> names = new ArrayList<>(columns);
        names.set(score, columns.get(weight));
        names.set(weight, columns.get(score));
        return renamed(columns, names);
    }

    private static List<LayoutColumn> read(List<List<LayoutToken>> tokens, LayoutHeaders headers, int[] zone,
                                           Header header) {
        List<LayoutColumn> pairedColumns = headers.pairedColumns(zone[0]);
        if (pairedColumns != null) {
            return pairedColumns;
        }
        int main = zone[0];
        for (int line = zone[0]; line < zone[1]; line++) {
            if (headers.headerAt(line) != null) {
                main = line;
            }
        }
        List<List<LayoutToken>> groups = new ArrayList<>();
        for (LayoutToken t : tokens.get(main)) {
            for (LayoutToken name : splitJoined(t, header)) {
                groups.add(new ArrayList<>(List.of(name)));
            }
        }
        for (int line = zone[0]; line < zone[1]; line++) {
            if (line == main) {
                continue;
            }
            for (LayoutToken t : tokens.get(line)) {
                List<LayoutToken> into = namesAlone(t, header) ? null : completed(groups, t, header);
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
        int mainLine = main;
        groups.sort((a, b) -> Double.compare(place(a, mainLine), place(b, mainLine)));
        uncross(groups, mainLine, header);
        joinSplitNames(groups, header);
        List<LayoutColumn> columns = new ArrayList<>();
        for (List<LayoutToken> group : groups) {
            String words = LayoutToken.join(group);
            String role = CellWords.role(header, words);
            if (role != null && columns.stream().noneMatch(c -> c.role().equals(role))) {
                columns.add(new LayoutColumn(role, LayoutToken.start(group), LayoutToken.end(group), words,
                        LayoutColumn.isLeftAligned(role)));
            }
        }
        if (zone[1] - zone[0] >= 3) {
            List<List<LayoutToken>> lines = new ArrayList<>();
            for (int line = zone[0]; line < zone[1]; line++) {
                lines.add(LayoutHeaders.inside(tokens.get(line)));
            }
            List<LayoutColumn> stacked = header == Header.INDICATORS ? HeaderStack.columns(lines) : null;
            if (stacked != null && stacked.size() > columns.size()) {
                return stacked;
            }
        }
        if (main + 1 < zone[1]) {
            List<LayoutColumn> pair = HeaderPair.columns(LayoutHeaders.inside(tokens.get(main)),
                    LayoutHeaders.inside(tokens.get(main + 1)), header);
            if (pair != null && pair.size() > columns.size()) {
                return pair;
            }
        }
        return columns;
    }

    /**
     * A word of the header line that is two column names printed without a space between them (Chromium:
     * {@code 年度指标值全年实际值}) as the two names, each a word of its own; else the word.
     */
    static List<LayoutToken> splitJoined(LayoutToken t, Header header) {
        String text = t.text();
        if (text.length() < 2 * SPLIT_NAME) {
            return List.of(t);
        }
        for (int i = SPLIT_NAME; i + SPLIT_NAME <= text.length(); i++) {
            String a = CellWords.role(header, text.substring(0, i));
            String b = CellWords.role(header, text.substring(i));
            if (a != null && b != null && !a.equals(b)) {
                return split(t, i);
            }
        }
        if (header == Header.INDICATORS && CellWords.indicatorColumnNamed(text) == null
                && CellWords.indicatorWordStartingWith(text) == null) {
            for (int i = SPLIT_NAME; i + SPLIT_NAME <= text.length(); i++) {
                String a = text.substring(0, i);
                String b = text.substring(i);
                if (nameAndStart(a, b) || nameAndStart(b, a)) {
                    return split(t, i);
                }
            }
        }
        return List.of(t);
    }

    /**
     * Whether {@code whole} names an indicator column and {@code part} begins only other columns' names: a word that
     * neither names nor begins a column, printed as a name joined to another's first line ({@code 三级指标预期指标}
     * over {@code 值}; {@code 自评得完成值} over {@code 分}, the two out of order, {@link #valuesInOrder}), is the two.
     */
    private static boolean nameAndStart(String whole, String part) {
        String role = CellWords.indicatorColumnNamed(whole);
        Set<String> starting = CellWords.indicatorRolesStartingWith(part);
        return role != null && CellWords.role(Header.INDICATORS, part) == null && !starting.isEmpty()
                && !starting.contains(role);
    }

    private static List<LayoutToken> split(LayoutToken t, int i) {
        String text = t.text();
        return List.of(new LayoutToken(t.line(), t.start(), t.start() + i, text.substring(0, i)),
                new LayoutToken(t.line(), t.start() + i, t.end(), text.substring(i)));
    }

    /**
     * Where a group stands along the line: its word on the header line where it has one (the words wrapped below or
     * above it may stand off it, on a line set at another pitch), else the middle of its words.
     */
    private static double place(List<LayoutToken> group, int main) {
        for (LayoutToken t : group) {
            if (t.line() == main) {
                return t.center();
            }
        }
        return LayoutToken.center(group);
    }

    /**
     * Swaps the wrapped parts of two columns' names that {@link #completed} gave crosswise (Chromium sets a header's
     * second line looser than its first: {@code 指标 自评} over {@code 分值 得分}, each part nearest to the right-hand
     * name): wrapped parts keep their order along the line, so where the left column holds the right-hand part of a
     * line and both names still read as column names swapped, they are swapped.
     */
    private static void uncross(List<List<LayoutToken>> groups, int main, Header header) {
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                List<LayoutToken> left = groups.get(i);
                List<LayoutToken> right = groups.get(j);
                for (LayoutToken a : List.copyOf(left)) {
                    LayoutToken b = a.line() == main ? null : right.stream()
                            .filter(w -> w.line() == a.line() && w.start() < a.start()).findFirst().orElse(null);
                    if (b != null && swapped(left, a, b, header) && swapped(right, b, a, header)) {
                        left.set(left.indexOf(a), b);
                        right.set(right.indexOf(b), a);
                    }
                }
            }
        }
    }

    /** Whether the group names a column with {@code out} replaced by {@code in}. */
    private static boolean swapped(List<LayoutToken> group, LayoutToken out, LayoutToken in, Header header) {
        List<LayoutToken> g = new ArrayList<>(group);
        g.set(g.indexOf(out), in);
        return CellWords.role(header, LayoutToken.join(g)) != null;
    }

    /**
     * Joins groups that name no column each but one together, the second the next such group along the line (groups
     * naming a column may stand between): a column name printed as two words on one line ({@code 预算执 行率}, or
     * Chromium's {@code 自评得 … 分} with the reason column's name wrapped below between them).
     */
    private static void joinSplitNames(List<List<LayoutToken>> groups, Header header) {
        for (int i = 0; i + 1 < groups.size(); i++) {
            List<LayoutToken> a = groups.get(i);
            if (CellWords.role(header, LayoutToken.join(a)) != null) {
                continue;
            }
            int j = i + 1;
            while (j < groups.size() && CellWords.role(header, LayoutToken.join(groups.get(j))) != null) {
                j++;
            }
            if (j == groups.size()) {
                return;
            }
            List<LayoutToken> both = new ArrayList<>(a);
            both.addAll(groups.get(j));
            if (CellWords.role(header, LayoutToken.join(both)) != null) {
                groups.set(i, both);
                groups.remove(j);
            }
        }
    }

    /**
     * Whether the word is a whole column name of its own, too long to be a wrapped part (偏差原因分析及改进), or a whole
     * label column's name (三级指标: label names wrap as 三级指 / 标, so the whole name is no part of another).
     */
    private static boolean namesAlone(LayoutToken t, Header header) {
        String role = CellWords.role(header, t.text());
        return role != null && (t.text().length() >= WHOLE_NAME
                || header == Header.INDICATORS && t.text().endsWith("指标") && LABEL_ROLES.contains(role));
    }

    /**
     * The nearby group without a column name, on other lines, that the word completes into one, or null; a word that
     * names a column by itself completes only a name of that column (三级指标 printed alone between the header's two
     * lines is no part of 指标分 / 值), and no group that begins another column's name ({@link #startsOtherName}).
     */
    private static List<LayoutToken> completed(List<List<LayoutToken>> groups, LayoutToken t, Header header) {
        String own = CellWords.role(header, t.text());
        List<LayoutToken> best = null;
        double bestDistance = HEADER_WORD;
        for (List<LayoutToken> g : groups) {
            if (CellWords.role(header, LayoutToken.join(g)) != null || g.stream().anyMatch(w -> w.line() == t.line())) {
                continue;
            }
            if (own != null && startsOtherName(g, own, header)) {
                continue;
            }
            List<LayoutToken> joined = new ArrayList<>(g);
            joined.add(t);
            double distance = Math.abs(LayoutToken.center(g) - t.center());
            String role = CellWords.role(header, LayoutToken.join(joined));
            if (role != null && (own == null || own.equals(role)) && distance < bestDistance) {
                best = g;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether the group's words begin indicator column names of other roles than {@code own} only ({@code 自评得} of
     * 自评得分 beside 权重: the lexicon reads 自评得权重 as a 权重 name, but 权重 printed between 自评得 and its 分 on a
     * five-line header is a column of its own).
     */
    private static boolean startsOtherName(List<LayoutToken> group, String own, Header header) {
        if (header != Header.INDICATORS) {
            return false;
        }
        String text = LayoutToken.join(group);
        return CellWords.indicatorWordStartingWith(text) != null && !CellWords.indicatorRolesStartingWith(text).contains(own);
    }

    /** The group whose words overlap the word most, or null. */
    private static List<LayoutToken> under(List<List<LayoutToken>> groups, LayoutToken t) {
        List<LayoutToken> best = null;
        int bestOverlap = 0;
        for (List<LayoutToken> g : groups) {
            int overlap = Math.min(LayoutToken.end(g), t.end()) - Math.max(LayoutToken.start(g), t.start());
            if (overlap > bestOverlap) {
                best = g;
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
