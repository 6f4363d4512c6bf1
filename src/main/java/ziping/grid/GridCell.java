package ziping.grid;

import java.util.List;

/**
 * A cell of a grid: its 0-based first column in its table, how many columns and rows it spans, its text lines top
 * to bottom as printed (normalised: see {@code HanNormalizer}), and its box on the page where the source has
 * geometry (null otherwise).
 */
public record GridCell(int column, int columnSpan, int rowSpan, List<String> lines, Box box) {
    /**
     * What a converter puts between the words of a cell it could not place with confidence (two values given to one
     * cell): the value grammar reads numbers across spaces ({@code 5 3.16} would read 53.16), never across this, and
     * a reader reports a cell that holds it rather than read it.
     */
    public static final String APART = " | ";

    /**
     * What a converter puts before the text of an indicator row's name cell where it could not divide the row's text
     * among its cells with confidence (two divisions fit as well) while the row's 分值 and 得分, and the number of
     * rows, are certain: the reader takes the mark off and reports the row's text in doubt (ZP007) rather than read
     * its text cells; before a 年度总体目标 row's cells where it could not tell which text is the 预期目标 and which the
     * 实际完成情况: the reader then reads neither and reports the row (ZP007). Not a character a form prints.
     */
    public static final String TEXT_IN_DOUBT = "\u2047";

    /**
     * What a converter puts before the text of an indicator row's reason cell where the text after the row, which
     * lost points, could as well be the start of the next row's name and was read as the row's 偏差原因: the reader
     * takes the mark off and says how the text was read (ZP004, as the line parser does). Not a character a form
     * prints.
     */
    public static final String REASON_CHOSEN = "\u2048";

    /**
     * What a converter puts in an indicator row's 偏差原因 cell that the text shows empty on the line that also holds the
     * row's 实际完成值, 分值 and 得分 (a browser's PDF draws a space in an empty cell): those four cells are read for sure
     * even where the row's other text, or a neighbour's, is in doubt. The reader reads the cell as empty
     * ({@code Indicator#reasonOnLine}). Not a character a form prints.
     */
    public static final String EMPTY_ON_LINE = "\u2400";

    /**
     * What a converter puts before an indicator row's name cell (before {@link #TEXT_IN_DOUBT}) where the row's
     * 指标值, 实际完成值, 分值 and 得分 stand on the line that anchors the row, one cell each, so that they are read for
     * sure whatever the division of the row's other text: the reader takes the mark off
     * ({@code Indicator#valuesOnLine}). Not a character a form prints.
     */
    public static final String VALUES_ON_LINE = "\u2401";

    /**
     * What a converter puts before an indicator row's reason cell where the text it gave that cell is no reason (the
     * words of labels and column names, a neighbour's cell the order of the text did not place): the reader takes the
     * mark off, keeps the text as printed and reports the reason not read (ZP008); only the checks that read the reason
     * leave the row out. Not a character a form prints.
     */
    public static final String REASON_IN_DOUBT = "\u2402";

    public GridCell {
        lines = List.copyOf(lines);
        if (column < 0 || columnSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("bad cell place: column " + column + ", spans " + columnSpan + "x"
                    + rowSpan);
        }
    }

    /** A one-column, one-row cell without geometry. */
    public static GridCell of(int column, String text) {
        return new GridCell(column, 1, 1, text.isEmpty() ? List.of() : List.of(text), null);
    }

    /** The last column the cell covers. */
    public int lastColumn() {
        return column + columnSpan - 1;
    }

    /**
     * The cell's text: its lines joined, with a space only where a wrap falls between two Latin letters or digits
     * (a Chinese cell that wraps is one word; {@code 2024 年} stays apart only if printed so on one line).
     */
    public String text() {
        if (lines.size() == 1) {
            return lines.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(line.charAt(0))) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** A cell's box on its page in points, origin top left, y down. */
    public record Box(double left, double top, double right, double bottom) {
    }
}
