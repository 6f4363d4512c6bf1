package ziping.parse;

import ziping.model.FigureKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns cell lines (a table row per line, cells separated by TAB, as the PDF table reader writes them) into the
 * text layout the form parser reads: empty cells and vertical labels are dropped, cells are joined by a space, and
 * text after the 分值/得分 pair (the 偏差原因 cell) goes on a line of its own, as extractors print it. The two goal
 * cells (预期目标, 实际完成情况) become two paragraphs. Lines without a TAB pass unchanged.
 */
final class CellRows {
    private CellRows() {
    }

    static List<Line> flatten(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        boolean inGoals = false;
        for (Line line : lines) {
            if (line.text().indexOf('\t') < 0) {
                out.add(line);
                continue;
            }
            List<String> cells = cells(line.text());
            if (cells.isEmpty()) {
                continue;
            }
            if (inGoals && cells.size() == 2 && !cells.get(0).startsWith("一级指标")) {
                out.add(new Line(line.number(), cells.get(0)));
                out.add(new Line(line.number(), ""));
                out.add(new Line(line.number(), cells.get(1)));
                continue;
            }
            inGoals = cells.get(0).startsWith("预期目标");
            int split = afterScorePair(cells);
            out.add(new Line(line.number(), String.join(" ", cells.subList(0, split))));
            if (split < cells.size()) {
                out.add(new Line(line.number(), String.join(" ", cells.subList(split, cells.size()))));
            }
        }
        return out;
    }

    /** The cells of a cell line, stripped, without empty cells and vertical labels. */
    private static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        for (String cell : text.split("\t")) {
            String c = cell.strip();
            if (!c.isEmpty() && !Labels.VERTICAL_MARKERS.contains(c)) {
                cells.add(c);
            }
        }
        return cells;
    }

    /**
     * Index just after the last two adjacent plain-number cells (分值, 得分) when text (not a number) follows them,
     * or the cell count.
     */
    private static int afterScorePair(List<String> cells) {
        for (int i = cells.size() - 2; i >= 1; i--) {
            if (ValueParser.isPlainNumber(cells.get(i)) && ValueParser.isPlainNumber(cells.get(i - 1))) {
                boolean textFollows = ValueParser.figure(cells.get(i + 1)).kind() == FigureKind.UNREADABLE;
                return textFollows ? i + 1 : cells.size();
            }
        }
        return cells.size();
    }
}
