package ziping.parse.report;

import ziping.model.Span;
import ziping.source.SourceText;

import java.util.ArrayList;
import java.util.List;

/** A non-blank source line, stripped, with its 1-based number. */
record Line(int number, String text) {

    Span span() {
        return Span.lines(number, number);
    }

    /** The non-blank lines from {@code first} to {@code last} (1-based, inclusive). */
    static List<Line> nonBlank(SourceText source, int first, int last) {
        List<Line> out = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            String s = source.lines().get(n - 1).strip();
            if (!s.isEmpty()) {
                out.add(new Line(n, s));
            }
        }
        return out;
    }

    /** The first line number at or after {@code from} whose text contains {@code marker}; -1 when none. */
    static int find(SourceText source, int from, String marker) {
        for (int n = Math.max(from, 1); n <= source.lines().size(); n++) {
            if (source.lines().get(n - 1).contains(marker)) {
                return n;
            }
        }
        return -1;
    }
}
