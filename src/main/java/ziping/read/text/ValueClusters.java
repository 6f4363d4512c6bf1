package ziping.read.text;

import java.util.ArrayList;
import java.util.List;

/** Value words grouped into columns by their centres: a gap of more than {@link #GAP} characters starts a column. */
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
        double last = Double.NEGATIVE_INFINITY;
        int start = 0;
        int end = 0;
        double sum = 0;
        int count = 0;
        for (LayoutToken t : sorted) {
            if (t.center() - last > GAP && count > 0) {
                out.add(new Cluster(start, end, sum / count, count));
                count = 0;
            }
            if (count == 0) {
                start = t.start();
                end = t.end();
                sum = 0;
            }
            start = Math.min(start, t.start());
            end = Math.max(end, t.end());
            sum += t.center();
            count++;
            last = t.center();
        }
        if (count > 0) {
            out.add(new Cluster(start, end, sum / count, count));
        }
        return out;
    }
}
