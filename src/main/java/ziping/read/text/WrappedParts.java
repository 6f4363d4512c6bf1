package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a funding block's boxes with the values wrapped inside their cells joined where pdfminer printed each
 * line of them as a box of its own (a browser's PDF, {@code -M 40}): a row whose narrow cells wrap ({@code 68.41%} as
 * {@code 68.4} / {@code 1%}) prints the first lines of the wrapped cells above the row's line, each a box, left to right
 * ({@code 3089193.8}, {@code 2284175.3}, {@code 73.9}), then the row's line (its label first) and its other one-line
 * cells, then the last lines below ({@code 2}, {@code 8}, {@code 4%}). Where the label wrapped too, its first line
 * stands among the first lines ({@code 本年财}) and its last among the last lines ({@code 政拨款}), and the row's line
 * holds values only. The k first lines are joined to the k last lines (a number's last digits, a rate's last digits
 * and %), in order, where the text shows exactly that: the first lines follow no value of the row above, the last lines
 * are one run (with the label's end, where it wrapped), and each joined value is of its head's kind (a rate below
 * 1000 %). A joined value is a wrapped cell of two lines, placed as one.
 */
final class WrappedParts {
    private static final int TAIL_DIGITS = 2;
    /** A rate has at most three digits before its point. */
    private static final int RATE_DIGITS = 3;

    private WrappedParts() {
    }

    static List<Piece> of(List<Box> boxes) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        boolean afterRow = true;
        while (i < boxes.size()) {
            Band band = afterRow || !isValueLine(boxes.get(i - 1)) ? band(boxes, i) : null;
            if (band == null) {
                out.addAll(BoxPieces.of(boxes.subList(i, i + 1)));
                afterRow = false;
                i++;
            } else {
                out.addAll(BoxPieces.of(band.line()));
                out.addAll(band.joined());
                i = band.end();
                afterRow = true;
            }
        }
        return out;
    }

    /**
     * A row printed as three lines: the boxes of the row's line and its other one-line values, the box after the band
     * ({@code end}), and the wrapped cells joined, the label first, as pieces of two lines.
     */
    private record Band(List<Box> line, int end, List<Piece> joined) {
    }

    /** The band that starts at box {@code from}, where the text shows one, else null. */
    private static Band band(List<Box> boxes, int from) {
        int heads = from;
        while (heads < boxes.size() && isHead(boxes.get(heads))) {
            heads++;
        }
        if (heads > from && heads < boxes.size() && startsWithLabel(boxes.get(heads))) {
            return band(boxes, from, heads);
        }
        return wrappedLabel(boxes, from);
    }

    /**
     * The band of a row whose label did not wrap: heads up to box {@code line}, the row's line there, its values, and one
     * run of as many last lines.
     */
    private static Band band(List<Box> boxes, int from, int line) {
        int start = -1;
        int length = 0;
        int b = line + 1;
        for (; b < boxes.size() && isValueLine(boxes.get(b)); b++) {
            if (!isTail(boxes.get(b))) {
                continue;
            }
            if (start >= 0 && start + length != b) {
                return null;      // a second run
            }
            start = start < 0 ? b : start;
            length++;
        }
        if (length != line - from) {
            return null;
        }
        List<Piece> joined = joined(boxes, range(from, line), range(start, start + length));
        return joined == null ? null : new Band(boxes.subList(line, start), start + length, joined);
    }

    /**
     * The band of a row whose label wrapped: its first line among the heads (before or after them), the heads, the
     * row's values, then the run of last lines that holds the label's end; the heads as many as the run's other lines.
     */
    private static Band wrappedLabel(List<Box> boxes, int from) {
        int label = -1;
        int b = from;
        for (; b < boxes.size() && !isLabelTail(boxes.get(b)); b++) {
            if (label < 0 && isLabelHead(boxes.get(b))) {
                label = b;
            } else if (!isValueLine(boxes.get(b))) {
                return null;
            }
        }
        if (label < 0 || b == boxes.size()) {
            return null;
        }
        int labelTail = b;
        int start = labelTail;
        while (start - 1 > label && isTail(boxes.get(start - 1))) {
            start--;
        }
        int end = labelTail + 1;
        while (end < boxes.size() && isTail(boxes.get(end))) {
            end++;
        }
        List<Integer> tails = new ArrayList<>(range(start, end));
        tails.remove(Integer.valueOf(labelTail));
        List<Integer> heads = new ArrayList<>();
        List<Box> line = new ArrayList<>();
        for (int h = from; h < start; h++) {
            if (h == label) {
                continue;
            }
            if (heads.size() < tails.size()) {
                if (!isHead(boxes.get(h))) {
                    return null;
                }
                heads.add(h);
            } else {
                line.add(boxes.get(h));
            }
        }
        String text = text(boxes, label) + text(boxes, labelTail);
        List<Piece> joined = heads.isEmpty() || line.isEmpty() || !CellWords.isFundingRow(text) ? null
                : joined(boxes, heads, tails);
        if (joined == null) {
            return null;
        }
        joined.add(0, Piece.of(text, 2, boxes.get(labelTail).line()));
        return new Band(line, end, joined);
    }

    /** Each head joined with its last line, in order, or null where one joins into no value of its kind. */
    private static List<Piece> joined(List<Box> boxes, List<Integer> heads, List<Integer> tails) {
        List<Piece> out = new ArrayList<>();
        for (int j = 0; j < heads.size(); j++) {
            String tail = text(boxes, tails.get(j));
            Piece piece = Piece.of(text(boxes, heads.get(j)) + tail, 2, boxes.get(tails.get(j)).line());
            boolean rate = tail.endsWith("%");
            if (piece.kind() != (rate ? Piece.Kind.PERCENT : Piece.Kind.NUMBER)
                    || rate && piece.text().indexOf('.') > RATE_DIGITS) {
                return null;
            }
            out.add(piece);
        }
        return out;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    private static String text(List<Box> boxes, int b) {
        return boxes.get(b).lines().get(0);
    }

    /** A box of one line and one text that starts a funding row's label and is not one whole (本年财). */
    private static boolean isLabelHead(Box box) {
        return box.oneLine() && box.cells().size() == 1 && Piece.kindOf(box.cells().get(0)) == Piece.Kind.TEXT
                && CellWords.startsFundingRow(box.cells().get(0)) && !CellWords.isFundingRow(box.cells().get(0));
    }

    /** A box of one line and one text that ends a funding row's label (政拨款). */
    private static boolean isLabelTail(Box box) {
        return box.oneLine() && box.cells().size() == 1 && CellWords.isFundingRowTail(box.cells().get(0));
    }

    /** A box of one line whose cells are all values. */
    private static boolean isValueLine(Box box) {
        return box.oneLine() && isValues(box.cells());
    }

    private static boolean isHead(Box box) {
        return box.oneLine() && box.cells().size() == 1 && Piece.kindOf(box.cells().get(0)) == Piece.Kind.NUMBER;
    }

    /** A box of one line and one token: digits (at most two), or a rate's last digits and %. */
    private static boolean isTail(Box box) {
        if (!box.oneLine() || box.cells().size() != 1) {
            return false;
        }
        String text = box.cells().get(0);
        String digits = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
        return digits.length() <= TAIL_DIGITS && digits.chars().allMatch(Character::isDigit)
                && (!digits.isEmpty() || text.endsWith("%"));
    }

    /** Whether the cells of a box are all values (numbers, rates, placeholders): only a one-line box has cells. */
    private static boolean isValues(List<String> cells) {
        for (String cell : cells) {
            Piece.Kind kind = Piece.kindOf(cell);
            if (kind != Piece.Kind.NUMBER && kind != Piece.Kind.PERCENT && kind != Piece.Kind.PLACEHOLDER) {
                return false;
            }
        }
        return true;
    }

    /** A box of one line that starts with a funding row's label and goes on with values. */
    private static boolean startsWithLabel(Box box) {
        if (!box.oneLine() || box.cells().size() < 2) {
            return false;
        }
        return Piece.kindOf(box.cells().get(0)) == Piece.Kind.TEXT
                && isValues(box.cells().subList(1, box.cells().size()));
    }
}
