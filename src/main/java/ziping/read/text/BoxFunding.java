package ziping.read.text;

import ziping.grid.GridCell;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.text.Boxes.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The funding block of box-ordered text as rows: its header cells in column order, and a row per label (总额, 其中：当年财政拨款,
 * 上年结转 …), each label the anchor of its row's values ({@link BoxRows}). A value is a number in an amount column, a
 * number or a placeholder under 分值 and 得分, a percentage or a placeholder under 执行率; values wrapped inside their
 * cells and printed line by line are joined first ({@link WrappedParts}). A row whose values the text does not place
 * for sure, or whose label is only part of one, keeps its values in one cell (a lone value with the in-doubt mark),
 * which reads as a parse finding, never as a wrong value; where only the columns of its amounts are in doubt, the
 * printed 执行率 may settle them ({@link RatePlacement}).
 */
final class BoxFunding {
    private static final List<String> ORDER = List.of("initialBudget", "budget", "executed", "weight", "rate", "score");
    private static final double LABEL_MISSING = 50;
    /** 分值 and 得分 are at most 100 with at most two decimals; another number is rather an amount. */
    private static final double LONG_POINTS = 3;
    private static final double NUMBER_AS_RATE = 4;

    private BoxFunding() {
    }

    static List<TextRow> rows(List<Box> header, List<Box> body, boolean split) {
        List<String[]> columns = split ? SplitHeader.fundingColumns(header, ORDER)
                : HeaderCells.columns(header, Header.FUNDING, ORDER);
        List<TextRow> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add(unitLabel(header, body));
        for (String[] c : columns) {
            head.add(c[1]);
        }
        out.add(new TextRow(header.get(0).line(), true, head));
        String[] roles = new String[columns.size() + 1];
        roles[0] = "label";
        for (int c = 0; c < columns.size(); c++) {
            roles[c + 1] = columns.get(c)[0];
        }
        List<TextRow> lines = split && !wrappedLabel(body) ? SplitRows.rows(body, new SplitFunding(roles)) : null;
        if (lines != null) {
            out.addAll(lines);
            return out;
        }
        List<Box> cells = new ArrayList<>();
        List<TextRow> whole = new ArrayList<>();
        Costs costs = new Costs(roles);
        for (Box box : body) {
            List<String> row = box.vertical() ? null : wholeRow(box, costs);
            if (row != null) {
                whole.add(new TextRow(box.line(), true, row));
            } else if (!box.vertical() && !box.joined().matches("其中[:：]?")) {
                cells.add(box);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (Piece p : WrappedParts.of(cells)) {
            if (!p.text().matches("其中[:：]?")) {
                pieces.add(p);
            }
        }
        List<int[]> anchors = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (isLabel(pieces.get(i))) {
                anchors.add(new int[] {i, i + 1});
            }
        }
        List<TextRow> placed = new ArrayList<>();
        for (BoxRows.Row found : BoxRows.of(pieces, anchors, roles.length, costs)) {
            int[] byRate = found.ambiguous() ? RatePlacement.of(found, roles) : null;
            BoxRows.Row row = byRate == null ? found : new BoxRows.Row(found.pieces(), byRate, false, true);
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < roles.length; c++) {
                texts.add(row.cell(c));
            }
            // a label that is only part of one (本年财, 年财政): the rest stands in other boxes, which the text does not
            // place, so where its values stand apart from its line, which are this row's it does not say either
            if (row.ambiguous() || row.hasStray() || CellWords.isFundingRowPart(texts.get(0)) && !oneLine(row)) {
                List<String> values = new ArrayList<>();
                for (Piece p : row.pieces()) {
                    if (!isLabel(p)) {
                        values.add(p.text());
                    }
                }
                for (int c = 1; c < roles.length; c++) {
                    texts.set(c, c == 1 ? inDoubt(values) : "");
                }
            }
            placed.add(new TextRow(row.pieces().get(0).line(), true, texts));
        }
        out.addAll(inOrder(placed, whole));
        return out;
    }

    /**
     * The values of a funding row in doubt as its one cell: kept apart ({@link GridCell#APART}, so that they never read
     * as one number), a lone value with the in-doubt mark (alone it would read as the first column's).
     */
    static String inDoubt(List<String> values) {
        return values.size() == 1 ? values.get(0) + GridCell.APART + GridCell.TEXT_IN_DOUBT
                : String.join(GridCell.APART, values);
    }

    /**
     * The cells of a funding row printed whole on one line with its empty cells ({@link Box#spacedCells}): as many as
     * the columns, a row label first and every value of a kind its column holds; else null.
     */
    private static List<String> wholeRow(Box box, Costs costs) {
        List<String> cells = box.spacedCells();
        if (cells == null || cells.size() != costs.roles().length || cells.get(0).isEmpty()) {
            return null;
        }
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if ((c == 0 || !text.isEmpty()) && costs.place(Piece.of(text, 1, box.line()), c) == ColumnFit.IMPOSSIBLE) {
                return null;
            }
        }
        return cells;
    }

    /** Two runs of rows, each in order, merged by their first lines. */
    private static List<TextRow> inOrder(List<TextRow> a, List<TextRow> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<TextRow> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            out.add(j == b.size() || i < a.size() && a.get(i).line() <= b.get(j).line() ? a.get(i++) : b.get(j++));
        }
        return out;
    }

    /**
     * Whether a row label was printed as one box of several lines: it then stands after its row's values, which the
     * line-by-line reading does not anchor.
     */
    private static boolean wrappedLabel(List<Box> body) {
        for (Box box : body) {
            if (!box.oneLine() && !box.vertical() && isLabel(Piece.of(box.joined(), 1, box.line()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether all the row's pieces stand on one line, its label's. */
    private static boolean oneLine(BoxRows.Row row) {
        for (Piece p : row.pieces()) {
            if (p.lines() != 1 || p.line() != row.pieces().get(0).line()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabel(Piece p) {
        return p.kind() == Piece.Kind.TEXT || p.kind() == Piece.Kind.VALUE || p.isLabel();
    }

    /** The block label with the unit a vertical label box names (项目资金（万元）), or "". */
    private static String unitLabel(List<Box> header, List<Box> body) {
        for (List<Box> boxes : List.of(header, body)) {
            for (Box box : boxes) {
                String text = String.join("", box.lines());
                if (box.vertical() && text.contains("元")) {
                    return "项目资金" + text.substring(Math.max(0, text.indexOf('（') < 0 ? text.indexOf('(')
                            : text.indexOf('（')));
                }
            }
        }
        return "";
    }

    record Costs(String[] roles) implements ColumnFit.Costs {
        @Override
        public double place(Piece piece, int column) {
            if (column == 0) {
                return isLabel(piece) ? 0 : ColumnFit.IMPOSSIBLE;
            }
            return switch (roles[column]) {
                case "weight", "score" -> switch (piece.kind()) {
                    case NUMBER -> Piece.isPoints(piece.text()) ? 0 : LONG_POINTS;
                    case PLACEHOLDER -> 0;
                    default -> ColumnFit.IMPOSSIBLE;
                };
                case "rate" -> switch (piece.kind()) {
                    case PERCENT, PLACEHOLDER -> 0;
                    case NUMBER -> NUMBER_AS_RATE;
                    default -> ColumnFit.IMPOSSIBLE;
                };
                default -> switch (piece.kind()) {
                    case NUMBER -> 0;
                    case PLACEHOLDER -> 0.5;
                    default -> ColumnFit.IMPOSSIBLE;
                };
            };
        }

        @Override
        public double missing(int column) {
            return column == 0 ? LABEL_MISSING : 1;
        }
    }
}
