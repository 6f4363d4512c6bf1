package ziping.read.text;

import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of the 总分 row of layout text and its numbers in order along the line. A number too wide for its cell
 * wraps around the label's line ({@code 100.0} on the line above, {@code 0} on the line below, the score beside the
 * label): where the label's line has fewer than two numbers, a line above it of numbers only (as many as are missing)
 * and the digits or % below a number (a line of such tails only) are the row's too.
 *
 * @param top    the row's first line (the label's, or the line of wrapped numbers above it)
 * @param end    the line after the row's last
 */
record TotalLines(int top, int end, List<String> numbers) {
    /** The most digits the wrapped tail of a number holds on its own line. */
    private static final int TAIL = 2;

    static TotalLines of(List<List<LayoutToken>> tokens, int line) {
        List<LayoutToken> numbers = new ArrayList<>();
        for (LayoutToken t : tokens.get(line)) {
            if (ValueParser.figureCell(t.text()).isNumber()) {
                numbers.add(t);
            }
        }
        int top = line;
        if (numbers.size() < 2 && line > 0) {
            List<LayoutToken> above = tokens.get(line - 1);
            if (!above.isEmpty() && above.size() <= 2 - numbers.size()
                    && above.stream().allMatch(t -> LayoutWords.isPlainNumber(t.text()))) {
                numbers.addAll(above);
                top = line - 1;
            }
        }
        int end = line + 1;
        if (end < tokens.size() && isTails(tokens.get(end), numbers)) {
            for (LayoutToken tail : tokens.get(end)) {
                for (int k = 0; k < numbers.size(); k++) {
                    LayoutToken head = numbers.get(k);
                    if (overlaps(head, tail)) {
                        numbers.set(k, new LayoutToken(head.line(), head.start(), head.end(), head.text() + tail.text()));
                    }
                }
            }
            end++;
        }
        numbers.sort(Comparator.comparingDouble(LayoutToken::center));
        return new TotalLines(top, end, LayoutToken.texts(numbers));
    }

    /** Whether every word of the line is a few digits (or %) standing under a number of the lines above. */
    private static boolean isTails(List<LayoutToken> line, List<LayoutToken> numbers) {
        if (line.isEmpty()) {
            return false;
        }
        for (LayoutToken t : line) {
            String text = t.text();
            boolean tail = text.length() <= TAIL + 1 && text.chars().allMatch(c -> Character.isDigit(c) || c == '%');
            if (!tail || numbers.stream().noneMatch(n -> overlaps(n, t))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlaps(LayoutToken a, LayoutToken b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
