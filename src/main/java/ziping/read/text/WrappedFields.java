package ziping.read.text;

import ziping.read.CellWords;

import java.util.ArrayList;
import java.util.List;

/**
 * Header field values wrapped in their cell in layout text: a value too long for its cell prints its lines above and
 * below the label's line, which holds the label alone ({@code 实施单位} with {@code 北京市海淀区地方金融监督管} above
 * and {@code 理局综合行政执法队} below). The words of the lines next to the label's that stand right of the label (and
 * left of the next label on its line) are joined into the value, on the label's line.
 */
final class WrappedFields {
    /** The most words of a line of header fields: two labels and their values. */
    private static final int FIELD_LINE = 4;

    private WrappedFields() {
    }

    /**
     * Joins, in place, the wrapped value of each header field label that has none on its line; only words with words
     * of both lines next to them standing further right are looked up as labels (the check runs on every line).
     */
    static void join(List<List<LayoutToken>> tokens) {
        for (int line = 1; line + 1 < tokens.size(); line++) {
            List<LayoutToken> t = tokens.get(line);
            List<LayoutToken> above = tokens.get(line - 1);
            List<LayoutToken> below = tokens.get(line + 1);
            if (t.isEmpty() || t.size() > FIELD_LINE || above.isEmpty() || below.isEmpty()) {
                continue;
            }
            int reach = Math.min(above.get(above.size() - 1).end(), below.get(below.size() - 1).end());
            for (int k = 0; k < t.size() && t.get(k).end() < reach; k++) {
                boolean last = k + 1 == t.size();
                if (CellWords.isHeaderField(t.get(k).text()) && (last || CellWords.isHeaderField(t.get(k + 1).text()))) {
                    int right = last ? Integer.MAX_VALUE : t.get(k + 1).start();
                    LayoutToken value = value(tokens, line, t.get(k).end(), right);
                    if (value != null) {
                        t.add(k + 1, value);
                        k++;
                    }
                }
            }
        }
    }

    /** The words above and below the line between {@code left} and {@code right}, taken off their lines, or null. */
    private static LayoutToken value(List<List<LayoutToken>> tokens, int line, int left, int right) {
        List<LayoutToken> above = between(tokens.get(line - 1), left, right);
        List<LayoutToken> below = between(tokens.get(line + 1), left, right);
        if (above.isEmpty() || below.isEmpty()) {
            return null;
        }
        tokens.get(line - 1).removeAll(above);
        tokens.get(line + 1).removeAll(below);
        List<LayoutToken> parts = new ArrayList<>(above);
        parts.addAll(below);
        return new LayoutToken(line, LayoutToken.start(parts), LayoutToken.end(parts), LayoutToken.join(parts));
    }

    private static List<LayoutToken> between(List<LayoutToken> words, int left, int right) {
        List<LayoutToken> out = new ArrayList<>();
        for (LayoutToken w : words) {
            if (w.start() >= left && w.end() <= right) {
                if (CellWords.isHeaderField(w.text()) || LayoutWords.isValue(w.text())) {
                    return List.of();
                }
                out.add(w);
            }
        }
        return out;
    }
}
