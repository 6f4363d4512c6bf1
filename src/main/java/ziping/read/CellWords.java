package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the built-in {@link Lexicon} says about a cell's text, for the converters that rebuild a grid from text
 * ({@code ziping.read.text}): which block header a run of cells is, the role of a header cell, whether a cell is a
 * block label, a header field label or a total label.
 */
public final class CellWords {
    private static final Lexicon LEXICON = Lexicon.builtIn();

    private CellWords() {
    }

    /** The kinds of block header a row of cells can be. */
    public enum Header { FUNDING, GOALS, INDICATORS }

    /** The block header a row of cells is, or null. */
    public static Header header(List<String> cells) {
        GridRow row = row(cells);
        if (BlockHeaders.isIndicatorHeader(row, LEXICON)) {
            return Header.INDICATORS;
        }
        if (BlockHeaders.isFundingHeader(row, LEXICON)) {
            return Header.FUNDING;
        }
        return BlockHeaders.isGoalsHeader(row, LEXICON) ? Header.GOALS : null;
    }

    /** The role a header cell takes in a block of that kind ({@code name}, {@code weight} …), or null. */
    public static String role(Header header, String text) {
        return switch (header) {
            case FUNDING -> CellRoles.of(LEXICON.fundingColumns(), text);
            case GOALS -> CellRoles.of(LEXICON.goalColumns(), text);
            case INDICATORS -> CellRoles.of(LEXICON.indicatorColumns(), text);
        };
    }

    /**
     * The indicator column the text names as a whole header word ({@code 年度指标值（A）}: a bracketed note aside), not
     * only holding one ({@code 年度指标值指标分}), or null.
     */
    public static String indicatorColumnNamed(String text) {
        return Lexicon.exactRoleOf(LEXICON.indicatorColumns(), LabelKey.of(text));
    }

    /**
     * The indicator header word whose first line the text is (一级指标 for 一级指, 实际完成值 for 实际完成): a header
     * cell some extractors print line by line. Null for text of fewer than two characters.
     */
    public static String indicatorWordStartingWith(String text) {
        return Lexicon.wordStartingWith(LEXICON.indicatorColumns(), LabelKey.of(text));
    }

    /** The indicator columns with a header word whose first line the text may be (实际完成 of 实际完成值), maybe none. */
    public static Set<String> indicatorRolesStartingWith(String text) {
        return Lexicon.rolesStartingWith(LEXICON.indicatorColumns(), LabelKey.of(text));
    }

    public static boolean isBlockLabel(String text) {
        return LEXICON.isBlockLabel(LabelKey.of(text));
    }

    /** Whether a text begins a longer block label ({@code 绩效指}: a vertical label whose end stands elsewhere). */
    public static boolean isBlockLabelHead(String text) {
        return LEXICON.isBlockLabelHead(LabelKey.of(text));
    }

    /** Whether a text is the tail of a block label ({@code 指标} of 绩效指标, a vertical label cut by a page break). */
    public static boolean isBlockLabelTail(String text) {
        return LEXICON.isBlockLabelTail(LabelKey.of(text));
    }

    /** Whether a cell is 项目名称, 主管部门, 实施单位 or one of their synonyms. */
    public static boolean isHeaderField(String text) {
        return Lexicon.isOneOf(LEXICON.headerFields().values().stream().flatMap(List::stream).toList(),
                LabelKey.of(text));
    }

    /** Whether a cell names a funding row (年度资金总额, 当年财政拨款, 上年结转资金 …). */
    public static boolean isFundingRow(String text) {
        return fundingRowRole(text) != null;
    }

    /** The role of the funding row a cell names ({@code total}, {@code current} …), or null. */
    public static String fundingRowRole(String text) {
        return Lexicon.roleOf(LEXICON.fundingRows(), LabelKey.of(text));
    }

    /**
     * Whether the text is the wrapped end of a funding row label: the end of a label in the lexicon that does not
     * start one (政拨款, 转资金, 金), so a label printed over two lines is joined (本年财 / 政拨款).
     */
    public static boolean isFundingRowTail(String text) {
        String key = LabelKey.of(text);
        if (key.isEmpty()) {
            return false;
        }
        for (List<String> words : LEXICON.fundingRows().values()) {
            for (String word : words) {
                String w = LabelKey.of(word);
                if (w.length() > key.length() && w.endsWith(key) && !w.startsWith(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text is a part of a funding row label and not a label itself: its first, middle or last line where the
     * label wrapped (本年财, 年财政, 政拨款 of 本年财政拨款).
     */
    public static boolean isFundingRowPart(String text) {
        String key = LabelKey.of(text);
        if (key.isEmpty() || isFundingRow(text)) {
            return false;
        }
        for (List<String> words : LEXICON.fundingRows().values()) {
            for (String word : words) {
                if (LabelKey.of(word).contains(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a cell is a funding row label or the first line of one that wrapped (本年财 of 本年财政拨款). */
    public static boolean startsFundingRow(String text) {
        String key = LabelKey.of(text);
        return Lexicon.roleOf(LEXICON.fundingRows(), key) != null
                || Lexicon.wordStartingWith(LEXICON.fundingRows(), key) != null;
    }

    public static boolean isTotal(String text) {
        return LEXICON.isTotalLabel(LabelKey.of(text));
    }

    public static boolean isTitle(String text) {
        return LEXICON.isTitle(LabelKey.compact(text));
    }

    private static GridRow row(List<String> cells) {
        List<GridCell> grid = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            grid.add(GridCell.of(i, cells.get(i)));
        }
        return new GridRow(0, 0, null, grid);
    }
}
