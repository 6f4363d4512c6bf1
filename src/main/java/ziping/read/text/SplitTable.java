package ziping.read.text;

import ziping.read.text.Boxes.Box;

import java.util.List;
import java.util.Set;

/** What {@link SplitRows} needs to know of a table: its columns, its rows' anchors, and how texts fit its columns. */
interface SplitTable {
    /** The role of each column, left to right. */
    String[] roles();

    /** Whether a box is no cell of the table's body (a block label, a line of a repeated header …). */
    boolean skips(Box box);

    /** The cells of a one-line box by column when it is a row's anchor, the other columns null; otherwise null. */
    String[] anchor(List<String> cells);

    /** Whether a cell may be left out (a lone mark that may as well be a label's line). */
    boolean droppable(String cell);

    /** The most lines a cell of the role takes. */
    int tallest(String role);

    /** The fewest lines a cell of the role takes where it is not on its row's anchor line (0: it may be empty). */
    int lowest(String role);

    /** How well the texts fit their columns (null: empty); infinite where one cannot stand in its column. */
    double cost(String[] texts);

    /** A row's texts where the text leaves it in doubt: as a parse finding reads them. */
    String[] doubt(String[] texts);

    /**
     * Whether a row's best reading can stand: false where it still puts a value where its column's kind says none
     * stands, so the row is in doubt however sure its division; true by default.
     */
    default boolean stands(String[] texts) {
        return true;
    }

    /**
     * A row's texts where its anchor (and so its numbers) is certain but another division of its text fits as well:
     * as {@link #doubt} unless the table can mark the row's text alone in doubt.
     */
    default String[] textInDoubt(String[] texts) {
        return doubt(texts);
    }

    /**
     * Whether a row is read in doubt ({@link #textInDoubt}) where a row next to it that no reading explains took
     * fragments between their anchors (such a row takes any fragments at the same cost, so the division between the
     * two is not told): an indicator's text is checked cell by cell; a funding row's values stand on its anchor.
     */
    default boolean doubtsBordersOfUnexplainedRows() {
        return false;
    }

    /**
     * A row's texts as read ({@link #doubt}, {@link #textInDoubt} or sure) with what its anchor's line alone shows for
     * sure marked so ({@code anchor}: the anchor's cells by column, those it prints empty after its last text empty);
     * unchanged by default.
     */
    default String[] markOnLine(String[] texts, String[] anchor) {
        return texts;
    }

    /**
     * Whether the rows are divided again with the columns' widths the sure rows show (a column keeps its width on every
     * row: a text as wide as one that wrapped there does not fit on one line, nor wraps one as wide as one that
     * fitted); not by default.
     */
    default boolean countsWidths() {
        return false;
    }

    /** Whether the body's rows can be read (its boxes' texts, its number of anchors). */
    boolean placeable(List<String> texts, int rows);

    /**
     * The columns whose cells may be merged over groups of rows, in the order their labels are given to the rows (a
     * later one may be told by an earlier one's label); none by default.
     */
    default List<String> labelColumns() {
        return List.of();
    }

    /** The label column a text names whole (产出指标: level1), or null. */
    default String labelRole(String text) {
        return null;
    }

    /** Whether a text may be the first line of a label of a label column (产出指). */
    default boolean startsLabel(String text) {
        return false;
    }

    /**
     * A row's label in a merged column where another column of its texts tells it (a 二级 label names its 一级), or
     * null.
     */
    default String impliedLabel(String role, String[] texts) {
        return null;
    }

    /** The table with these label columns merged: their labels are read apart, no fragment of a row stands in them. */
    default SplitTable merged(Set<String> columns) {
        return this;
    }
}
