package ziping.parse;

import java.util.List;

/**
 * Column boundaries of one page of the 绩效指标 table in layout text, from its header row: 二级指标, 分值 and 得分 on the
 * header line, 年度指标值（ on the wrapped line above it. Labels and names are left-aligned in their cells, values
 * centred, so a word's start column places it.
 */
record IndicatorColumns(int level2, int target, int weight, int score) {
    static final int LEVEL1 = 0;
    static final int LEVEL2 = 1;
    static final int NAME = 2;
    static final int TARGET = 3;
    static final int ACTUAL = 4;
    static final int WEIGHT = 5;
    static final int SCORE = 6;
    static final int REASON = 7;
    static final int COUNT = 8;

    static IndicatorColumns of(List<Word> above, List<Word> header) {
        return new IndicatorColumns(ColumnLayout.at(header, "二级指标"), ColumnLayout.at(above, "年度指标值"),
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

    /** Column of word {@code k} of a line whose anchor 分值 word is {@code anchorAt} (-1 when not an anchor line). */
    int columnOf(List<Word> ws, int k, int anchorAt) {
        if (anchorAt >= 0 && k >= anchorAt) {
            return k == anchorAt ? WEIGHT : k == anchorAt + 1 ? SCORE : REASON;
        }
        int column = ws.get(k).column();
        if (column >= weight - 2) {
            return REASON;
        }
        return ColumnLayout.columnOf(column, new int[] {level2 - 2, level2 + 4, target - 3, target + 8});
    }
}
