package ziping.read.text;

import ziping.model.Figure;
import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The values of a funding row of box-ordered text placed in the header's columns. A wrapped number prints as two
 * pieces ({@code 787.49258} / {@code 4}, {@code 100.0} / {@code 0%}); an empty cell prints nothing. A percent tail
 * is joined to the number before it; a short run of digits after a long decimal may be its tail: the reading kept is
 * one whose values fit the columns (those before the 执行率 in the columns before it), best one whose 执行率 is the
 * 执行数 over the 预算数 and whose 分值 and 得分 are both printed or both not, and among equals the one that joins the
 * fewest. Values fill the columns from the left on
 * each side of the 执行率; a column left over is empty. Values that fit no reading are not placed: every cell of the
 * row is then unreadable (a parse finding), not a guess.
 */
final class StreamFunding {
    private static final int LONG_NUMBER = 8;
    /** A number that may have wrapped: digits with a decimal point, the point perhaps last. */
    private static final java.util.regex.Pattern WRAPPED = java.util.regex.Pattern.compile("\\d+\\.\\d*");
    private static final int TAIL = 4;

    private StreamFunding() {
    }

    static List<String> place(List<String> pieces, List<String> header) {
        List<String> joined = new ArrayList<>();
        List<Integer> tails = new ArrayList<>();
        for (String p : pieces) {
            String prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (prev != null && !prev.endsWith("%") && isNumber(prev) && p.length() <= 2 && p.endsWith("%")) {
                joined.set(joined.size() - 1, prev + p);
                continue;
            }
            if (prev != null && prev.length() >= LONG_NUMBER && WRAPPED.matcher(prev).matches()
                    && p.length() <= TAIL && p.chars().allMatch(Character::isDigit)) {
                tails.add(joined.size());
            }
            joined.add(p);
        }
        String[] roles = new String[header.size()];
        for (int c = 0; c < roles.length; c++) {
            roles[c] = CellWords.role(Header.FUNDING, header.get(c));
        }
        List<String> best = null;
        int bestScore = -1;
        List<Integer> masks = new ArrayList<>();
        for (int mask = 0; mask < 1 << tails.size(); mask++) {
            masks.add(mask);
        }
        masks.sort(Comparator.comparingInt(Integer::bitCount));
        for (int mask : masks) {
            List<String> values = new ArrayList<>(joined);
            for (int t = tails.size() - 1; t >= 0; t--) {
                if ((mask & (1 << t)) != 0) {
                    int at = tails.get(t);
                    values.set(at - 1, values.get(at - 1) + values.remove(at));
                }
            }
            List<String> placed = fill(values, roles);
            if (placed == null) {
                continue;
            }
            int score = (consistent(placed, roles) ? 2 : 0) + (paired(placed, roles) ? 1 : 0);
            if (score > bestScore) {
                best = placed;
                bestScore = score;
            }
        }
        return best != null ? best : Collections.nCopies(roles.length, StreamText.UNSURE);
    }

    /** The values in the columns, or null when they do not fit. */
    private static List<String> fill(List<String> values, String[] roles) {
        int rate = -1;
        for (int c = 0; c < roles.length; c++) {
            if ("rate".equals(roles[c])) {
                rate = c;
            }
        }
        int percent = -1;
        for (int v = 0; v < values.size(); v++) {
            if (values.get(v).endsWith("%")) {
                percent = v;
                break;
            }
        }
        String[] cells = new String[roles.length];
        Arrays.fill(cells, "");
        if (percent < 0 || rate < 0) {
            if (values.size() > roles.length) {
                return null;
            }
            for (int v = 0; v < values.size(); v++) {
                cells[v] = values.get(v);
            }
            return List.of(cells);
        }
        if (percent > rate || values.size() - percent - 1 > roles.length - rate - 1) {
            return null;
        }
        for (int v = 0; v < percent; v++) {
            cells[v] = values.get(v);
        }
        cells[rate] = values.get(percent);
        for (int v = percent + 1; v < values.size(); v++) {
            cells[rate + v - percent] = values.get(v);
        }
        return List.of(cells);
    }

    private static boolean consistent(List<String> cells, String[] roles) {
        BigDecimal budget = null;
        BigDecimal executed = null;
        BigDecimal rate = null;
        for (int c = 0; c < roles.length; c++) {
            Figure f = ValueParser.figureCell(cells.get(c));
            if (!f.isNumber()) {
                continue;
            }
            if ("budget".equals(roles[c])) {
                budget = f.value();
            } else if ("executed".equals(roles[c])) {
                executed = f.value();
            } else if ("rate".equals(roles[c])) {
                rate = f.value();
            }
        }
        if (budget == null || executed == null || rate == null || budget.signum() == 0) {
            return false;
        }
        BigDecimal computed = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        return computed.subtract(rate).abs().compareTo(new BigDecimal("0.01")) <= 0;
    }

    /** Whether the 分值 and 得分 are both printed or both not: a row scores its funding or does not. */
    private static boolean paired(List<String> cells, String[] roles) {
        int weight = -1;
        int score = -1;
        for (int c = 0; c < roles.length; c++) {
            if ("weight".equals(roles[c])) {
                weight = c;
            } else if ("score".equals(roles[c])) {
                score = c;
            }
        }
        return weight < 0 || score < 0 || cells.get(weight).isEmpty() == cells.get(score).isEmpty();
    }

    private static boolean isNumber(String text) {
        return ValueParser.figureCell(text).isNumber();
    }
}
