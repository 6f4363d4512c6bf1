package ziping.read.text;

import ziping.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/** A word of layout text: its line (0-based), its first and past-last character on the line, its text. */
record LayoutToken(int line, int start, int end, String text) {
    double center() {
        return (start + end - 1) / 2.0;
    }

    /** The words of a line: runs of characters between spaces. */
    static List<LayoutToken> of(int line, String text) {
        List<LayoutToken> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Whitespace.isOrNoBreak(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Whitespace.isOrNoBreak(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new LayoutToken(line, start, i, text.substring(start, i)));
            }
        }
        return out;
    }

    static List<String> texts(List<LayoutToken> tokens) {
        return tokens.stream().map(LayoutToken::text).toList();
    }

    /** The words of a group joined in reading order (line by line, left to right). */
    static String join(List<LayoutToken> group) {
        List<LayoutToken> sorted = new ArrayList<>(group);
        sorted.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.start(), b.start()));
        StringBuilder sb = new StringBuilder();
        for (LayoutToken t : sorted) {
            sb.append(t.text());
        }
        return sb.toString();
    }

    static int start(List<LayoutToken> group) {
        return group.stream().mapToInt(LayoutToken::start).min().orElse(0);
    }

    static int end(List<LayoutToken> group) {
        return group.stream().mapToInt(LayoutToken::end).max().orElse(0);
    }

    static double center(List<LayoutToken> group) {
        return (start(group) + end(group) - 1) / 2.0;
    }
}
