package ziping.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The 分值 and 得分 of rows that share a run of numbers ({@link FlowIndicators}), told apart by how many decimals each
 * column prints, where the form shows it: every row whose two numbers are certain (printed on one line, or one row's
 * alone) prints its 分值 to one scale and its 得分 to another ({@code 8.0} / {@code 7.50}). Where the shared numbers
 * are one run of each scale, each run is one column pdfminer merged on its own and printed top to bottom (of two
 * boxes of one column merged, the upper comes first: their left edges differ far less than six times their heights'
 * distance), so they are the rows' 分值 and 得分 in order. Runs of a column parted by the other's are not dealt: pdfminer
 * may print a row's group after the rows below it ({@code 2.0 6.0 2.00 6.00 … 3.0 3.00} for rows 2, 3, then 1). No
 * arithmetic between the numbers is used.
 */
final class FlowScales {
    private final int weight;
    private final int score;

    private FlowScales(int weight, int score) {
        this.weight = weight;
        this.score = score;
    }

    /**
     * The two scales from the certain rows' 分值 and 得分 ({@code [weight, score]} pairs), or null where fewer than two
     * rows are certain, a column prints more than one scale or both print the same.
     */
    static FlowScales of(List<String[]> certain) {
        if (certain.size() < 2) {
            return null;
        }
        int weight = scale(certain.get(0)[0]);
        int score = scale(certain.get(0)[1]);
        for (String[] pair : certain) {
            if (scale(pair[0]) != weight || scale(pair[1]) != score) {
                return null;
            }
        }
        return weight == score ? null : new FlowScales(weight, score);
    }

    /**
     * The rows' {@code [weight, score]} pairs, in order, from the shared numbers: null unless they are as many of each
     * scale as rows, of no other scale, and each column's numbers one run (a column merged on its own and printed top
     * to bottom; numbers of a column parted by the other's may come from groups pdfminer printed lower row first).
     */
    List<String[]> deal(List<String> numbers, int rows) {
        List<String> weights = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        int changes = 0;
        for (int i = 0; i < numbers.size(); i++) {
            String n = numbers.get(i);
            int s = scale(n);
            if (s == weight) {
                weights.add(n);
            } else if (s == score) {
                scores.add(n);
            } else {
                return null;
            }
            changes += i > 0 && s != scale(numbers.get(i - 1)) ? 1 : 0;
        }
        if (changes != 1) {
            return null;
        }
        if (weights.size() != rows || scores.size() != rows) {
            return null;
        }
        List<String[]> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add(new String[] {weights.get(r), scores.get(r)});
        }
        return out;
    }

    static int scale(String number) {
        int point = number.indexOf('.');
        return point < 0 ? 0 : number.length() - point - 1;
    }
}
