package ziping.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Value words grouped into columns by their centres: a gap of more than {@link #GAP} characters starts a column, and
 * a group holding two words of one line (two columns whose centres stand close: a short 分值 {@code 10.00} beside a
 * wide rate) is split at its widest gap between them, as a column holds one word per line.
 */
final class ValueClusters {
    /** How far apart, in characters, the centres of values in two columns stand at least. */
    static final double GAP = 2.5;

    /** A column of values: the leftmost start, the rightmost end, the mean centre and the count of its words. */
    record Cluster(int start, int end, double center, int count) {
    }

    private ValueClusters() {
    }

    static List<Cluster> of(List<LayoutToken> words) {
        List<LayoutToken> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Double.compare(a.center(), b.center()));
        List<Cluster> out = new ArrayList<>();
        int first = 0;
        for (int k = 1; k <= sorted.size(); k++) {
            if (k == sorted.size() || sorted.get(k).center() - sorted.get(k - 1).center() > GAP) {
                split(sorted, first, k, out);
                first = k;
            }
        }
        return out;
    }

    /** Adds the words {@code from..to} (sorted by centre) as one cluster, or split where two share a line. */
    private static void split(List<LayoutToken> sorted, int from, int to, List<Cluster> out) {
        int cut = -1;
        double widest = 0;
        for (int a = from; a < to; a++) {
            for (int b = a + 1; b < to; b++) {
                if (sorted.get(a).line() != sorted.get(b).line()) {
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
        int start = Integer.MAX_VALUE;
        int end = 0;
        double sum = 0;
        for (int k = from; k < to; k++) {
            start = Math.min(start, sorted.get(k).start());
            end = Math.max(end, sorted.get(k).end());
            sum += sorted.get(k).center();
        }
        out.add(new Cluster(start, end, sum / (to - from), to - from));
    }
}
