package ziping.read.text;

import ziping.read.CellWords;

import java.util.Set;

/**
 * Lines of an indicator header or of the vertical block label that an extractor printed line by line, as boxes of
 * their own among a table's rows (pdfminer where the line pitch is wide): the first line of a header word (一级指,
 * 实际完成, 未完成原因分), a header word's short last line (值（A）, 析) and a lone character of 绩效指标. A lone 标 or 指标
 * may as well be the last line of a wrapped 一级 or 二级 label, so it is only a mark that may be left out.
 */
final class HeaderLines {
    private static final Set<String> TAILS = Set.of("绩", "效", "指", "绩效", "值", "析", "分", "值（A）", "值（B）",
            "值(A)", "值(B)", "（A）", "（B）", "(A)", "(B)");
    private static final Set<String> MARKS = Set.of("标", "指标");

    private HeaderLines() {
    }

    /** Whether a one-line box is a line of the indicator header or of the block label, never a body cell's. */
    static boolean isHeaderLine(String text) {
        return TAILS.contains(text) || !MARKS.contains(text) && CellWords.indicatorWordStartingWith(text) != null;
    }

    /** Whether a box is a lone 标 or 指标: the block label's, a header's, or a wrapped label's last line. */
    static boolean isLoneMark(String text) {
        return MARKS.contains(text);
    }
}
