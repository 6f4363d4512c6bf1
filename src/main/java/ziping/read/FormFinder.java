package ziping.read;

import ziping.grid.GridRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the rows of a grid into forms. A form starts at its title (a line or cell naming a self-evaluation form:
 * {@link Lexicon#isTitle}, whatever its prefix, year or place in the line), or, where titles are missing, at a
 * 项目名称 row that follows a form's indicator table, or at the first block header of a grid without titles. A
 * title that follows another before any block, or that no header field or block follows closely (a page header
 * repeating it inside a table), does not start a new form.
 */
final class FormFinder {
    private FormFinder() {
    }

    /** How far below a title its form's header fields or first block stand at most. */
    private static final int TITLE_REACH = 8;

    /**
     * Whether a title opens a form: the first table row below it (within reach) holds header fields or a block
     * header, not the body of a table going on.
     */
    private static boolean opensAForm(List<GridRow> rows, int title, Lexicon lexicon) {
        for (int i = title + 1; i < Math.min(rows.size(), title + 1 + TITLE_REACH); i++) {
            GridRow row = rows.get(i);
            if (row.inTable() && !row.blank() || HeaderFields.isProjectRow(row, lexicon)) {
                return HeaderFields.isProjectRow(row, lexicon) || BlockHeaders.isIndicatorHeader(row, lexicon)
                        || BlockHeaders.isFundingHeader(row, lexicon);
            }
        }
        return false;
    }

    /** The row ranges [from, to) of the forms. */
    static List<int[]> split(List<GridRow> rows, Lexicon lexicon) {
        List<Integer> starts = new ArrayList<>();
        boolean blockSeen = false;
        boolean tableSeen = false;
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            boolean indicatorHeader = BlockHeaders.isIndicatorHeader(row, lexicon);
            boolean block = indicatorHeader || BlockHeaders.isFundingHeader(row, lexicon);
            if (!LabelKey.printsMoreThan(row, Lexicon.TITLE_MOST) && lexicon.isTitle(LabelKey.compact(row.text()))) {
                if (starts.isEmpty() || blockSeen && opensAForm(rows, i, lexicon)) {
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
            tableSeen |= indicatorHeader;
        }
        List<int[]> forms = new ArrayList<>();
        for (int f = 0; f < starts.size(); f++) {
            forms.add(new int[] {starts.get(f), f + 1 < starts.size() ? starts.get(f + 1) : rows.size()});
        }
        return forms;
    }
}
