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
        return plain.size() == columns ? plain : of(words, true);
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
