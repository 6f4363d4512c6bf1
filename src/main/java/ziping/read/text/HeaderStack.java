package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator header printed on three lines or more, each column's name stacked over the lines its cell wraps onto:
 * Chromium centres each name in its cell, so a name of one line stands on the middle line, one of two on the outer
 * lines or on two neighbours ({@code 一级指} … {@code 标}), and sets each line at a pitch of its own, so where a part
 * stands along its line says little. Read as the parts taken column by column, left to right, each column the next
 * unread word of some of the lines, top to bottom, that together are a whole column name of the lexicon (not only hold
 * one: {@code 年度指标值指标分} is no name), passing over no word of the other lines that stands well left of it; every
 * word is taken. Of the readings, the one with the most columns, then
 * with its columns in their printed order and its parts nearest above each other. The lines of a level label printed
 * among the header's ({@link #isLevelLabel}) are read as no column.
 */
final class HeaderStack {
    /** The most lines a stacked header is read from. */
    private static final int MOST_LINES = 5;
    /** The most words a line of it holds. */
    private static final int MOST_WORDS = 15;
    /** The fewest columns a stacked header names: the three label columns and the values'. */
    private static final int FEWEST_COLUMNS = 6;
    /** How far left of a column a word of another line may stand and still be read after it (lines' own pitches). */
    private static final double PITCH_SLACK = 4;
    /** The columns of the form's indicator table in their printed order. */
    private static final List<String> ORDER = List.of("level1", "level2", "name", "target", "actual", "weight", "score",
            "reason");
    /**
     * What a column read before one that is printed left of it costs, in places of spread: where the pitches of the
     * lines leave two readings ({@code 年度指标值} / {@code 完成值} side by side on lines of their own), the printed order
     * tells.
     */
    private static final double OUT_OF_ORDER = 20;

    private final List<List<LayoutToken>> lines;
    /** Each state's best reading: its column count and spread, by the state's key. */
    private final Map<Long, double[]> best = new HashMap<>();
    /** Each state's first column in its best reading (a mask of the lines it takes a word of), by the state's key. */
    private final Map<Long, Integer> choice = new HashMap<>();

    private HeaderStack(List<List<LayoutToken>> lines) {
        this.lines = lines;
    }

    /** The columns the lines name read as a stacked indicator header, or null where they do not make one. */
    static List<LayoutColumn> columns(List<List<LayoutToken>> lines) {
        if (lines.size() < 3 || lines.size() > MOST_LINES
                || lines.stream().anyMatch(l -> l.isEmpty() || l.size() > MOST_WORDS)) {
            return null;
        }
        HeaderStack stack = new HeaderStack(lines);
        int[] at = new int[lines.size()];
        if (stack.read(at, -1)[0] < FEWEST_COLUMNS) {
            return null;
        }
        List<LayoutColumn> out = new ArrayList<>();
        int last = -1;
        while (!stack.done(at)) {
            List<LayoutToken> parts = stack.take(at, stack.choice.get(key(at, last)));
            String text = LayoutToken.join(parts);
            String role = CellWords.indicatorColumnNamed(text);
            if (role == null) {
                continue;   // a level label's lines among the header's (isLevelLabel)
            }
            last = ORDER.indexOf(role);
            if (out.stream().anyMatch(c -> c.role().equals(role))) {
                return null;
            }
            LayoutToken main = parts.get(0);
            for (LayoutToken p : parts) {
                main = p.text().length() > main.text().length() ? p : main;
            }
            out.add(new LayoutColumn(role, main.start(), main.end(), text, LayoutColumn.isLeftAligned(role)));
        }
        List<String> texts = out.stream().map(LayoutColumn::text).toList();
        return CellWords.header(texts) == Header.INDICATORS && HeaderPair.labelsFirst(out) ? out : null;
    }

    /**
     * The best reading of the words from {@code at} on, after a column of that place in {@link #ORDER}: {columns,
     * spread}, columns negative where there is none.
     */
    private double[] read(int[] at, int last) {
        if (done(at)) {
            return new double[] {0, 0};
        }
        long key = key(at, last);
        double[] known = best.get(key);
        if (known != null) {
            return known;
        }
        double[] found = {Double.NEGATIVE_INFINITY, 0};
        int chosen = -1;
        for (int mask = 1; mask < 1 << lines.size(); mask++) {
            List<LayoutToken> parts = take(at.clone(), mask);
            String role = parts == null ? null : CellWords.indicatorColumnNamed(LayoutToken.join(parts));
            boolean label = role == null && parts != null && isLevelLabel(parts);
            if (role == null && !label || passes(at, mask, parts)) {
                continue;
            }
            int[] next = at.clone();
            take(next, mask);
            int place = label ? last : ORDER.indexOf(role);
            double[] rest = read(next, place);
            double columns = rest[0] + (label ? 0 : 1);
            double spread = rest[1] + spread(parts) + (place < last ? OUT_OF_ORDER : 0);
            if (columns > found[0] || columns == found[0] && spread < found[1]) {
                found = new double[] {columns, spread};
                chosen = mask;
            }
        }
        best.put(key, found);
        choice.put(key, chosen);
        return found;
    }

    /**
     * Whether the parts join to a 一级 or 二级 label ({@code 产出指} / {@code 标}), or are one word that begins one
     * ({@code 成本指}, its {@code 标} on a line below the header's): a label cell merged over rows of two pages prints its
     * text again at the top of the second, among the lines of the repeated header. It is no column: the header is read
     * around it.
     */
    private static boolean isLevelLabel(List<LayoutToken> parts) {
        String text = LayoutToken.join(parts);
        return LevelWords.isLabel(text) || parts.size() == 1 && LevelWords.startsLabel(text);
    }

    /**
     * Whether a column would pass over a word left unread on a line it takes none of: that word stands further left
     * than {@link #PITCH_SLACK} of the column's leftmost part (names are read left to right on every line).
     */
    private boolean passes(int[] at, int mask, List<LayoutToken> parts) {
        double left = Double.MAX_VALUE;
        for (LayoutToken p : parts) {
            left = Math.min(left, p.center());
        }
        for (int i = 0; i < lines.size(); i++) {
            if ((mask >> i & 1) == 0 && at[i] < lines.get(i).size()
                    && lines.get(i).get(at[i]).center() < left - PITCH_SLACK) {
                return true;
            }
        }
        return false;
    }

    /** Takes the next word of each line in the mask (moving {@code at} on), or null where a line has none left. */
    private List<LayoutToken> take(int[] at, int mask) {
        List<LayoutToken> parts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if ((mask >> i & 1) != 0) {
                if (at[i] >= lines.get(i).size()) {
                    return null;
                }
                parts.add(lines.get(i).get(at[i]++));
            }
        }
        return parts;
    }

    private boolean done(int[] at) {
        for (int i = 0; i < lines.size(); i++) {
            if (at[i] < lines.get(i).size()) {
                return false;
            }
        }
        return true;
    }

    /** How far the parts of a column stand apart along the line: the widest gap between their middles. */
    private static double spread(List<LayoutToken> parts) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (LayoutToken p : parts) {
            low = Math.min(low, p.center());
            high = Math.max(high, p.center());
        }
        return high - low;
    }

    private static long key(int[] at, int last) {
        long k = last + 1;
        for (int a : at) {
            k = k * (MOST_WORDS + 1) + a;
        }
        return k;
    }
}
