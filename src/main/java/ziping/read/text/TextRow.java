package ziping.read.text;

import java.util.List;

/**
 * A row of cells as a text converter found it: the 1-based line of its first cell, whether it belongs to a table (a
 * line outside tables is a title or a note), and its cells' texts left to right; a merged cell printed once, in its
 * first row, is simply absent from the rows below.
 */
record TextRow(int line, boolean table, List<String> cells) {
    TextRow {
        cells = List.copyOf(cells);
    }
}
