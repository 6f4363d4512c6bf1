package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The funding block as {@link SplitRows} reads it: a row's anchor is the line that starts with its label, or with the
 * label's first line where it wrapped (本年财 / 政拨款; the row's one-line values may follow on it); a wrapped label,
 * amount or rate has its lines apart, and must join to a row label, a number or a percentage. A row in doubt keeps its values in one cell, which reads as a parse finding.
 */
record SplitFunding(String[] roles) implements SplitTable {
    /** A label the lexicon does not name as a funding row. */
    private static final double OTHER_LABEL = 2;
    /**
     * A row with a value but without its 全年预算数 or its 全年执行数: a row that states anything states those two
     * (a placeholder counts), so such a reading costs more than a cell left empty (the first line of the next row's
     * wrapped rate, 95.6 / 6%, is no value of the empty part row above it).
     */
    private static final double AMOUNT_WITHOUT_BUDGET = 2;

    @Override
    public boolean skips(Box box) {
        return box.vertical() || box.oneLine() && box.lines().get(0).matches("其中[:：]?");
    }

    @Override
    public String[] anchor(List<String> cells) {
        StringBuilder label = new StringBuilder();
        int k = 0;
        while (k < cells.size() && !isValue(cells.get(k))) {
            label.append(cells.get(k));
            k++;
        }
        if (label.isEmpty() || cells.size() - k + 1 > roles.length || !CellWords.startsFundingRow(label.toString())) {
            return null;
        }
        String[] texts = new String[roles.length];
        texts[0] = label.toString();
        for (int c = 1; k < cells.size(); k++, c++) {
            if (!isValue(cells.get(k))) {
                return null;
            }
            texts[c] = cells.get(k);
        }
        return texts;
    }

    /** A value of a funding row: a number, a rate, a placeholder, or an amount's first line wrapped after its point. */
    static boolean isValue(String cell) {
        Piece.Kind kind = Piece.kindOf(cell);
        return kind == Piece.Kind.NUMBER || kind == Piece.Kind.PERCENT || kind == Piece.Kind.PLACEHOLDER
                || cell.endsWith(".") && Piece.kindOf(cell.substring(0, cell.length() - 1)) == Piece.Kind.NUMBER;
    }

    @Override
    public boolean droppable(String cell) {
        return false;
    }

    @Override
    public int tallest(String role) {
        return role.equals("weight") || role.equals("score") ? 1 : 2;
    }

    @Override
    public int lowest(String role) {
        return 0;
    }

    @Override
    public double cost(String[] texts) {
        BoxFunding.Costs costs = new BoxFunding.Costs(roles);
        double cost = 0;
        for (int c = 0; c < roles.length; c++) {
            if (texts[c] == null || texts[c].isEmpty()) {
                cost += costs.missing(c);
                continue;
            }
            double place = costs.place(Piece.of(texts[c], 1, 0), c);
            if (c == 0 && place != ColumnFit.IMPOSSIBLE && !CellWords.isFundingRow(texts[c])) {
                place = CellWords.startsFundingRow(texts[c]) ? ColumnFit.IMPOSSIBLE : place + OTHER_LABEL;
            }
            if (place == ColumnFit.IMPOSSIBLE) {
                return Double.POSITIVE_INFINITY;
            }
            cost += place;
        }
        return cost + (withoutBudget(texts) ? AMOUNT_WITHOUT_BUDGET : 0);
    }

    /**
     * A number that cannot be points (more than 100, or more than two decimals) under 分值 or 得分 is no reading of
     * the row, only the least bad: its values were read a column on ({@code 其他资} / {@code 95.3} / its amounts / {@code 1%}:
     * the rate's first line taken for the first amount, the last amount for the 分值).
     */
    @Override
    public boolean stands(String[] texts) {
        for (int c = 1; c < roles.length; c++) {
            boolean points = roles[c].equals("weight") || roles[c].equals("score");
            if (points && texts[c] != null && Piece.kindOf(texts[c]) == Piece.Kind.NUMBER
                    && !Piece.isPoints(texts[c])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the row states a value but not both its 全年预算数 and its 全年执行数. */
    private boolean withoutBudget(String[] texts) {
        boolean value = false;
        boolean budgetAndExecuted = true;
        for (int c = 1; c < roles.length; c++) {
            boolean stated = texts[c] != null;
            value |= stated;
            budgetAndExecuted &= stated || !roles[c].equals("budget") && !roles[c].equals("executed");
        }
        return value && !budgetAndExecuted;
    }

    @Override
    public String[] doubt(String[] texts) {
        List<String> values = new ArrayList<>();
        for (int c = 1; c < texts.length; c++) {
            if (texts[c] != null) {
                values.add(texts[c]);
            }
        }
        String[] out = new String[texts.length];
        out[0] = texts[0];
        out[1] = BoxFunding.inDoubt(values);
        return out;
    }

    /** A funding row's amounts wrap in narrow columns: one printed on one line tells its column from one that wrapped. */
    @Override
    public boolean countsWidths() {
        return true;
    }

    @Override
    public boolean placeable(List<String> texts, int rows) {
        return true;
    }
}
