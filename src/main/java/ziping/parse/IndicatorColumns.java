package ziping.parse;

import java.util.List;

/**
 * Column boundaries of one page of the 绩效指标 table in layout text. The header row gives 一级指标, 分值 and 得分 on its
 * line and 年度指标值（ on the wrapped line above; labels and names are left-aligned in their cells, values centred,
 * so a word's start column places it. The 二级指标 header is printed a few columns off its cells, so the 二级 column
 * is found from the page's words: those starting near that header begin the column, and the longest of them gives
 * its width (the 三级 names start after it).
 */
record IndicatorColumns(int level1, int nameEdge, int target, int weight, int score) {
    static final int LEVEL1 = 0;
    static final int WEIGHT = 5;
    static final int SCORE = 6;
    static final int REASON = 7;
    static final int COUNT = 8;

    static IndicatorColumns of(List<Word> above, List<Word> header, List<List<Word>> page) {
        int level2 = ColumnLayout.at(header, "二级指标");
        int left = page.stream().flatMap(List::stream).mapToInt(Word::column)
                .filter(c -> c >= level2 - 4 && c <= level2 + 2).min().orElse(-1);
        int width = page.stream().flatMap(List::stream).filter(w -> w.column() >= left && w.column() <= left + 2)
                .mapToInt(w -> w.text().length()).max().orElse(0);
        int nameEdge = left < 0 ? level2 + 4 : left + width;
        return new IndicatorColumns(ColumnLayout.at(header, "一级指标"), nameEdge, ColumnLayout.at(above, "年度指标值"),
                ColumnLayout.at(header, "分值"), ColumnLayout.at(header, "得分"));
    }

    /**
     * Index of the 分值 word when the line is a row's anchor line (a plain number under 分值 followed by one under
     * 得分), else -1.
     */
    int anchorAt(List<Word> ws) {
        for (int k = 0; k + 1 < ws.size(); k++) {
            Word w = ws.get(k);
            Word s = ws.get(k + 1);
            if (w.column() >= weight - 2 && w.column() < score - 2 && s.column() >= score - 2
                    && ColumnLayout.plainNumber(w) && ColumnLayout.plainNumber(s)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Column of word {@code k} of a line whose anchor 分值 word is {@code anchorAt} (-1 when not an anchor line):
     * 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因.
     */
    int columnOf(List<Word> ws, int k, int anchorAt) {
        if (anchorAt >= 0 && k >= anchorAt) {
            return k == anchorAt ? WEIGHT : k == anchorAt + 1 ? SCORE : REASON;
        }
        int column = ws.get(k).column();
        if (column >= weight - 2) {
            return REASON;
        }
        return ColumnLayout.columnOf(column, new int[] {level1 + 3, nameEdge, target - 3, target + 8});
    }
}
