package ziping.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A box of box-ordered text that holds two wrapped level labels printed side by side: pdfminer with a wide character
 * margin ({@code -M 40}) joins the lines of the 一级 and 二级 cells that share a baseline, and groups the lines of both
 * cells into one box ({@code 满意度 / 指标 服务对 / 象满意 / 度指标}: 满意度指标 beside 服务对象满意度指标). Read as one cell,
 * {@code 满意度指标 服务对象满意度指标} fitted no column and put its rows in doubt. The box is divided at its one line of two
 * words: the words left of the space and right of it each begin or end a cell, and the lines above and below it
 * belong, each run whole, to the left or the right cell. A division is taken where it is the only one that makes the
 * right cell a level label and the left one a level label or a label's tail ({@code 标 服务对象满} / {@code 意度指标}: the
 * last line of a label whose head pdfminer printed as a box of its own, {@code 满意度指}; that head is mended whole where
 * the labels read one a row, see {@code BoxIndicators}); a tail is left out.
 */
final class SideBySideLabels {
    /** A label's last line that its head, printed apart, lacks. */
    private static final List<String> TAILS = List.of("标", "指标");

    /** A part of the box: the offset of its first line in the box, and its lines. */
    record Part(int offset, List<String> lines) {
    }

    private SideBySideLabels() {
    }

    /** The box's labels as parts, left then right (a tail left out); null where the box is not two labels so. */
    static List<Part> of(List<String> lines) {
        if (lines.size() < 2) {
            return null;
        }
        int shared = -1;
        List<String> words = null;
        for (int k = 0; k < lines.size(); k++) {
            List<String> tokens = Cells.tokens(lines.get(k));
            if (tokens.size() == 2 && shared < 0) {
                shared = k;
                words = tokens;
            } else if (tokens.size() != 1) {
                return null;
            }
        }
        if (shared < 0) {
            return null;
        }
        List<String> above = lines.subList(0, shared);
        List<String> below = lines.subList(shared + 1, lines.size());
        List<Part> found = null;
        for (boolean aboveLeft : above.isEmpty() ? new boolean[] {true} : new boolean[] {true, false}) {
            for (boolean belowLeft : below.isEmpty() ? new boolean[] {true} : new boolean[] {true, false}) {
                List<String> left = cell(aboveLeft ? above : List.of(), words.get(0), belowLeft ? below : List.of());
                List<String> right = cell(aboveLeft ? List.of() : above, words.get(1), belowLeft ? List.of() : below);
                String l = String.join("", left);
                if (!LevelWords.isLabel(String.join("", right)) || !LevelWords.isLabel(l) && !TAILS.contains(l)) {
                    continue;
                }
                if (found != null) {
                    return null;
                }
                found = new ArrayList<>();
                if (LevelWords.isLabel(l)) {
                    found.add(new Part(aboveLeft ? 0 : shared, left));
                }
                found.add(new Part(aboveLeft ? shared : 0, right));
            }
        }
        return found;
    }

    private static List<String> cell(List<String> above, String word, List<String> below) {
        List<String> out = new ArrayList<>(above);
        out.add(word);
        out.addAll(below);
        return out;
    }
}
