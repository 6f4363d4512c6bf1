package ziping.read.text;

import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of a run of boxes, in order: each token of a one-line box, each box of several lines whole; a token that
 * its line prints an empty cell after ({@link Box#spacedCells}) says so ({@link Piece#emptyAfter}).
 */
final class BoxPieces {
    private BoxPieces() {
    }

    static List<Piece> of(List<Box> boxes) {
        List<Piece> pieces = new ArrayList<>();
        for (Box box : boxes) {
            List<String> spaced = box.spacedCells();
            List<String> cells = spaced != null ? spaced : box.cells();
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (!cell.isEmpty()) {
                    Piece piece = Piece.of(cell, box.lines().size(), box.line());
                    boolean empty = c + 1 < cells.size() && cells.get(c + 1).isEmpty();
                    pieces.add(empty ? piece.beforeEmpty() : piece);
                }
            }
        }
        return pieces;
    }

    /** The box of each piece of {@link #of}: pieces of one box are one run. */
    static List<Integer> boxOf(List<Box> boxes) {
        List<Integer> out = new ArrayList<>();
        for (int b = 0; b < boxes.size(); b++) {
            for (String cell : boxes.get(b).cells()) {
                if (!cell.isEmpty()) {
                    out.add(b);
                }
            }
        }
        return out;
    }
}
