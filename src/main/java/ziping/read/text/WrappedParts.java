package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a funding block's boxes with the values wrapped inside their cells joined where pdfminer printed each
 * line of them as a box of its own (a browser's PDF, {@code -M 40}): a row whose label and other cells take one line
 * and whose narrow cells wrap ({@code 68.41%} as {@code 68.4} / {@code 1%}) prints the first lines of the wrapped cells
 * above the row's line, each a box, left to right ({@code 3089193.8}, {@code 2284175.3}, {@code 73.9}), then the
 * row's line (its label first), its other one-line cells, then the last lines below ({@code 2}, {@code 8},
 * {@code 4%}). The k first lines right before the row's line are joined to the k last lines of the same kind after it
 * (a number's last digits, a rate's last digits and %), in order, where the text shows exactly that: the first lines
 * follow no value of the row above (its last cells are a label or a wrapped cell), and after the row's line come its
 * values and one run of k last lines. A joined value is a wrapped cell of two lines, placed as one.
 */
final class WrappedParts {
    private static final int TAIL_DIGITS = 2;

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
                out.addAll(BoxPieces.of(boxes.subList(band.line(), band.tails())));
                out.addAll(band.joined());
                i = band.end();
                afterRow = true;
            }
        }
        return out;
    }

    /**
     * A row printed as three lines: the heads (the first lines of its wrapped values, and of its label where that
     * wrapped), the row's line from box {@code line} (its label first where that did not wrap) with its other one-line
     * values, then from box {@code tails} to {@code end} the run of last lines; {@code joined} the wrapped cells, the
     * label first, as pieces of two lines.
     */
    private record Band(int line, int tails, int end, List<Piece> joined) {
    }

    /**
     * The band that starts at box {@code from}, where the text shows one: heads (at most one of them a label's), the
     * row's line, values, and one run of as many last lines (one of them the label's end where its head is there),
     * each joining its head into a value of the head's kind (a rate's last digits and % a rate); else null.
     */
    private static Band band(List<Box> boxes, int from) {
        int label = -1;
        List<Integer> heads = new ArrayList<>();
        int line = from;
        for (; line < boxes.size(); line++) {
            Box box = boxes.get(line);
            if (isHead(box)) {
                heads.add(line);
            } else if (label < 0 && isLabelHead(box)) {
                label = line;
            } else {
                break;
            }
        }
        if (heads.isEmpty() || line == boxes.size()
                || (label < 0 ? !startsWithLabel(boxes.get(line)) : !isValueLine(boxes.get(line)))) {
            return null;
        }
        int start = -1;
        int labelTail = -1;
        List<Integer> tails = new ArrayList<>();
        for (int b = line + 1; b < boxes.size(); b++) {
            Box box = boxes.get(b);
            boolean ofLabel = label >= 0 && labelTail < 0 && isLabelTail(box);
            if (!ofLabel && !isValueLine(box)) {
                break;
            }
            if (!ofLabel && !isTail(box)) {
                continue;
            }
            if (start >= 0 && start + tails.size() + (labelTail >= 0 ? 1 : 0) != b) {
                return null;      // a second run
            }
            start = start < 0 ? b : start;
            if (ofLabel) {
                labelTail = b;
            } else {
                tails.add(b);
            }
        }
        if (tails.size() != heads.size() || (label < 0) != (labelTail < 0)) {
            return null;
        }
        List<Piece> joined = new ArrayList<>();
        if (label >= 0) {
            String text = text(boxes, label) + text(boxes, labelTail);
            if (!CellWords.isFundingRow(text)) {
                return null;
            }
            joined.add(Piece.of(text, 2, boxes.get(labelTail).line()));
        }
        for (int j = 0; j < heads.size(); j++) {
            String tail = text(boxes, tails.get(j));
            Piece piece = Piece.of(text(boxes, heads.get(j)) + tail, 2, boxes.get(tails.get(j)).line());
            if (piece.kind() != (tail.endsWith("%") ? Piece.Kind.PERCENT : Piece.Kind.NUMBER)) {
                return null;
            }
            joined.add(piece);
        }
        return new Band(line, start, start + joined.size(), joined);
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
