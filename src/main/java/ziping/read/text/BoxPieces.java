package ziping.read.text;

import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

/** The pieces of a run of boxes, in order: each token of a one-line box, each box of several lines whole. */
final class BoxPieces {
    private BoxPieces() {
    }

    static List<Piece> of(List<Box> boxes) {
        List<Piece> pieces = new ArrayList<>();
        for (Box box : boxes) {
            for (String cell : box.cells()) {
                if (!cell.isEmpty()) {
                    pieces.add(Piece.of(cell, box.lines().size(), box.line()));
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
