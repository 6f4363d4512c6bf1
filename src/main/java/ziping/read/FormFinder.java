package ziping.read;

import ziping.grid.GridRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the rows of a grid into forms. A form starts at its title (a line or cell naming a self-evaluation form:
 * {@link Lexicon#isTitle}, whatever its prefix, year or place in the line), or, where titles are missing, at a
 * 项目名称 row that follows a form's indicator table, or at the first block header of a grid without titles. A
 * title that follows another before any block (a page header repeating it) does not start a new form.
 */
final class FormFinder {
    private FormFinder() {
    }

    /** The row ranges [from, to) of the forms. */
    static List<int[]> split(List<GridRow> rows, Lexicon lexicon) {
        List<Integer> starts = new ArrayList<>();
        boolean blockSeen = false;
        boolean tableSeen = false;
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            boolean block = BlockHeaders.isIndicatorHeader(row, lexicon) || BlockHeaders.isFundingHeader(row, lexicon);
            if (lexicon.isTitle(LabelKey.compact(row.text()))) {
                if (starts.isEmpty() || blockSeen) {
                    starts.add(i);
                    blockSeen = false;
                    tableSeen = false;
                }
            } else if (tableSeen && HeaderFields.isProjectRow(row, lexicon)) {
                starts.add(i);
                blockSeen = false;
                tableSeen = false;
            } else if (block && starts.isEmpty()) {
                starts.add(0);
            }
            blockSeen |= block;
            tableSeen |= BlockHeaders.isIndicatorHeader(row, lexicon);
        }
        List<int[]> forms = new ArrayList<>();
        for (int f = 0; f < starts.size(); f++) {
            forms.add(new int[] {starts.get(f), f + 1 < starts.size() ? starts.get(f + 1) : rows.size()});
        }
        return forms;
    }
}
