package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Form;
import ziping.model.Section;
import ziping.parse.ParseIssue;
import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the 总分 row: the weight total under the indicator table's 分值 column and the score total under its 得分
 * column; where the row's cells do not line up with those columns, its two numbers in order. A total that is not a
 * number is a parse finding.
 */
final class TotalRow {
    private TotalRow() {
    }

    /** Whether the row is the total row: its first text is 总分, 合计 or 总计 (with or without points). */
    static boolean is(GridRow row, Lexicon lexicon) {
        for (GridCell cell : row.cells()) {
            String key = LabelKey.of(cell.text());
            if (!key.isEmpty()) {
                return lexicon.isTotalLabel(key);
            }
        }
        return false;
    }

    static Form.Total read(GridRow row, Columns columns, ReadProblems problems) {
        Figure weight = figure(columns.cellIn(row, "weight"));
        Figure score = figure(columns.cellIn(row, "score"));
        if (!weight.isNumber() || !score.isNumber()) {
            List<String> numbers = numbers(row);
            if (numbers.size() == 2) {
                weight = ValueParser.figureCell(numbers.get(0));
                score = ValueParser.figureCell(numbers.get(1));
            }
        }
        for (Figure f : new Figure[] {weight, score}) {
            if (f.kind() == FigureKind.UNREADABLE || f.kind() == FigureKind.EMPTY) {
                problems.add(ParseIssue.UNREADABLE_CELL, Section.TOTAL, 0, "总分", row.text(),
                        ReadProblems.span(row), "总分", f.raw());
            }
        }
        return new Form.Total(weight, score, ReadProblems.span(row));
    }

    private static Figure figure(GridCell cell) {
        return ValueParser.figureCell(cell == null ? "" : CellText.value(cell));
    }

    private static List<String> numbers(GridRow row) {
        List<String> numbers = new ArrayList<>();
        for (GridCell cell : row.cells()) {
            String text = CellText.value(cell);
            if (ValueParser.figureCell(text).isNumber()) {
                numbers.add(text);
            }
        }
        return numbers;
    }
}
