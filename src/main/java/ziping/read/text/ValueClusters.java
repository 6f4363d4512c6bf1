package ziping.read.text;

import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Value words grouped into columns by their centres: a gap of more than {@link #GAP} characters starts a column, and
 * where they are not as many as the columns looked for, a group holding two whole numbers of one line (two columns
 * whose centres stand close: a short 分值 {@code 10.00} beside a wide rate) is split at its widest gap between them,
 * as a column holds one value per line (placeholders such as {@code -} and the wrapped ends of a number, {@code 3%}
 * or {@code 90}, printed beside it are no values of their own).
 */
final class ValueClusters {
    /** How far apart, in characters, the centres of values in two columns stand at least. */
    static final double GAP = 2.5;
    /** The most characters the wrapped end of a number printed beside it holds ({@code 3%}, {@code 90}). */
    private static final int TAIL = 3;

    /** A column of values: the leftmost start, the rightmost end, the mean centre and the count of its words. */
    record Cluster(int start, int end, double center, int count) {
    }

    private ValueClusters() {
    }

    /**
     * The clusters of {@code words}; where they are not {@code columns} many, the clusters with each group that holds
     * two whole numbers of one line split.
     */
    static List<Cluster> of(List<LayoutToken> words, int columns) {
        List<Cluster> plain = of(words, false);
        if (plain.size() > columns) {
            List<Cluster> merged = merged(words, columns);
            if (merged != null) {
                return merged;
            }
        }
        return plain.size() == columns ? plain : of(words, true);
    }

    /** How many groups the words' centres fall into ({@link #GAP} apart), none split or merged. */
    static int groups(List<LayoutToken> words) {
        return of(words, false).size();
    }

    /**
     * The groups of {@code words} merged down to {@code columns}, or null where they cannot be: LibreOffice's text
     * sets a funding row's lines at their own pitches (the rates of the line above the row's middle line 4 places
     * left of the others), so one column's values fall into two groups. The two neighbouring groups nearest each other
     * that share no line (a column holds one value a line) and hold rates both or neither are merged, again and again.
     */
    private static List<Cluster> merged(List<LayoutToken> words, int columns) {
        List<LayoutToken> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Double.compare(a.center(), b.center()));
        List<List<LayoutToken>> groups = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (k == 0 || sorted.get(k).center() - sorted.get(k - 1).center() > GAP) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(sorted.get(k));
        }
        while (groups.size() > columns) {
            int best = -1;
            double nearest = Double.MAX_VALUE;
            for (int g = 0; g + 1 < groups.size(); g++) {
                double gap = mean(groups.get(g + 1)) - mean(groups.get(g));
                if (gap < nearest && mergeable(groups.get(g), groups.get(g + 1))) {
                    best = g;
                    nearest = gap;
                }
            }
            if (best < 0) {
                return null;
            }
            groups.get(best).addAll(groups.remove(best + 1));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<LayoutToken> group : groups) {
            out.add(cluster(group, 0, group.size()));
        }
        return out;
    }

    private static boolean mergeable(List<LayoutToken> a, List<LayoutToken> b) {
        if (isRate(a) != isRate(b)) {
            return false;
        }
        for (LayoutToken x : a) {
            for (LayoutToken y : b) {
                if (x.line() == y.line()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a group's words hold a rate ({@code %}) each, its placeholders aside. */
    private static boolean isRate(List<LayoutToken> group) {
        boolean any = false;
        for (LayoutToken t : group) {
            if (ValueParser.isPlaceholder(t.text())) {
                continue;
            }
            if (!t.text().endsWith("%") && !t.text().endsWith("％")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static double mean(List<LayoutToken> group) {
        double sum = 0;
        for (LayoutToken t : group) {
            sum += t.center();
        }
        return sum / group.size();
    }

    private static List<Cluster> of(List<LayoutToken> words, boolean splitting) {
        List<LayoutToken> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Double.compare(a.center(), b.center()));
        List<Cluster> out = new ArrayList<>();
        int first = 0;
        for (int k = 1; k <= sorted.size(); k++) {
            if (k == sorted.size() || sorted.get(k).center() - sorted.get(k - 1).center() > GAP) {
                if (splitting) {
                    split(sorted, first, k, out);
                } else {
                    out.add(cluster(sorted, first, k));
                }
                first = k;
            }
        }
        return out;
    }

    /** A number longer than the wrapped end of one (three characters of digits or %). */
    private static boolean isWhole(LayoutToken t) {
        String text = t.text();
        return LayoutWords.isValue(text) && ValueParser.figureCell(text).isNumber()
                && (text.length() > TAIL || !text.chars().allMatch(c -> Character.isDigit(c) || c == '%'));
    }

    /** Adds the words {@code from..to} (sorted by centre) as one cluster, or split where two share a line. */
    private static void split(List<LayoutToken> sorted, int from, int to, List<Cluster> out) {
        int cut = -1;
        double widest = 0;
        for (int a = from; a < to; a++) {
            for (int b = a + 1; b < to; b++) {
                LayoutToken x = sorted.get(a);
                LayoutToken y = sorted.get(b);
                if (x.line() != y.line() || !isWhole(x) || !isWhole(y)) {
                    continue;
                }
                for (int k = a + 1; k <= b; k++) {
                    double gap = sorted.get(k).center() - sorted.get(k - 1).center();
                    if (gap > widest) {
                        widest = gap;
                        cut = k;
                    }
                }
            }
        }
        if (cut > 0) {
            split(sorted, from, cut, out);
            split(sorted, cut, to, out);
            return;
        }
        out.add(cluster(sorted, from, to));
    }

    private static Cluster cluster(List<LayoutToken> sorted, int from, int to) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        double sum = 0;
        for (int k = from; k < to; k++) {
            start = Math.min(start, sorted.get(k).start());
            end = Math.max(end, sorted.get(k).end());
            sum += sorted.get(k).center();
        }
        return new Cluster(start, end, sum / (to - from), to - from);
    }
}
