package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header cells of a block printed box by box. The extractor prints them in its own order (one-line cells first,
 * wrapped ones after), so they are put back in the block's column order, taken from their roles: the order every
 * template of the family prints.
 */
final class HeaderCells {
    /** A header cell is short; longer text holding a header word is body text. */
    static final int LONGEST = 16;

    private HeaderCells() {
    }

    /** Whether every cell of the box is a header cell of the block (a vertical label box is none). */
    static boolean isHeader(Box box, Header header) {
        if (box.vertical()) {
            return false;
        }
        for (String cell : box.cells()) {
            if (cell.length() > LONGEST || CellWords.role(header, cell) == null) {
                return false;
            }
        }
        return true;
    }

    /** The header text of each role of {@code order} the boxes name, in that order; roles not named are left out. */
    static List<String[]> columns(List<Box> header, Header kind, List<String> order) {
        Map<String, String> texts = new HashMap<>();
        for (Box box : header) {
            if (box.vertical() && !box.oneLine()) {
                continue;
            }
            for (String cell : box.cells()) {
                String role = cell.length() > LONGEST || box.vertical() ? null : CellWords.role(kind, cell);
                String word = role != null || kind != Header.INDICATORS || !box.oneLine() || HeaderLines.isLoneMark(cell) ? null
                        : CellWords.indicatorWordStartingWith(cell);
                if (role != null) {
                    texts.putIfAbsent(role, cell);
                } else if (word != null) {
                    texts.putIfAbsent(CellWords.role(kind, word), word);
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String role : order) {
            if (texts.containsKey(role)) {
                out.add(new String[] {role, texts.get(role)});
            }
        }
        return out;
    }
}
