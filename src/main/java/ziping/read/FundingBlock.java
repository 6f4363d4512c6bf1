package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Pooling;
import ziping.model.Section;
import ziping.parse.ParseIssue;
import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the funding block: below its header row, each row's label (the text left of the first value column, block
 * labels such as 项目资金 aside) gives the row its role, and each value column its cell. A column the header lacks
 * reads null; a cell that is not a number or a placeholder is a parse finding. A block printed in its header row
 * alone (each header followed by its value) is one row.
 */
final class FundingBlock {
    private static final Pattern UNIT = Pattern.compile("[(（]\\s*(万元|元|千元|亿元)\\s*(?:[)）]|$)|单位\\s*[:：]\\s*(万元|元)");

    /** The role of the label column's header, where a family names it ({@code 年度预算数（万元）}). */
    private static final String LABEL_ROLE = "label";

    private FundingBlock() {
    }

    record Read(List<FundingRow> rows, String unit) {
    }

    static Read read(List<GridRow> rows, int header, int end, Lexicon lexicon, ReadProblems problems) {
        Columns columns = Columns.of(rows.get(header), lexicon.fundingColumns());
        int firstValue = firstValue(columns);
        List<FundingRow> funding = new ArrayList<>();
        for (int i = header + 1; i < end; i++) {
            GridRow row = rows.get(i);
            if (!row.inTable() || row.blank()) {
                continue;
            }
            String label = label(row, firstValue, lexicon);
            if (label.isEmpty()) {
                continue;
            }
            funding.add(row(row, label, columns, role -> columns.cellIn(row, role), lexicon, funding.size(),
                    problems));
        }
        if (funding.isEmpty() && columns.firstColumn() > 0) {
            inline(rows.get(header), columns, lexicon, problems, funding);
        }
        return new Read(funding, unit(rows, header));
    }

    /** The first value column: the columns of the roles, the label column's header ({@code 年度预算数（万元）}) aside. */
    private static int firstValue(Columns columns) {
        int first = Integer.MAX_VALUE;
        for (String role : columns.roles()) {
            if (!LABEL_ROLE.equals(role)) {
                first = Math.min(first, columns.header(role).column());
            }
        }
        return first;
    }

    /**
     * A funding block printed in one row, each header followed by its value ({@code 项目资金（万元） | 年度预算数 | 150.00 |
     * 执行数 | 141.00 | 执行率 | 94.00%}): one row labelled by the block label.
     */
    private static void inline(GridRow header, Columns columns, Lexicon lexicon, ReadProblems problems,
                               List<FundingRow> funding) {
        String label = LabelKey.of(header.cells().get(0).text());
        if (Lexicon.roleOf(lexicon.fundingRows(), label) == null) {
            return;
        }
        Map<String, GridCell> values = new HashMap<>();
        for (String role : columns.roles()) {
            GridCell name = columns.header(role);
            int next = header.cells().indexOf(name) + 1;
            if (next < header.cells().size()) {
                values.put(role, header.cells().get(next));
            }
        }
        funding.add(row(header, label, columns, values::get, lexicon, 0, problems));
    }

    private static FundingRow row(GridRow row, String label, Columns columns, Function<String, GridCell> cellOf,
                                  Lexicon lexicon, int index, ReadProblems problems) {
        String key = LabelKey.of(label);
        String role = Lexicon.roleOf(lexicon.fundingRows(), key);
        if (role == null) {
            role = Lexicon.roleStartedBy(lexicon.fundingRows(), key);
        }
        Figure[] f = new Figure[6];
        String[] roles = {"initialBudget", "budget", "executed", "weight", "rate", "score"};
        for (int c = 0; c < roles.length; c++) {
            f[c] = figure(columns, cellOf, roles[c]);
            if (f[c] != null && f[c].kind() == FigureKind.UNREADABLE) {
                problems.add(ParseIssue.UNREADABLE_CELL, Section.FUNDING, index, label + " " + header(columns,
                        roles[c]), f[c].raw(), ReadProblems.span(row), header(columns, roles[c]), f[c].raw());
            }
        }
        FundingRole fundingRole = role == null ? FundingRole.OTHER : FundingRole.valueOf(role.toUpperCase(Locale.ROOT));
        Figure received = figure(columns, cellOf, "received");
        if (received != null && received.kind() == FigureKind.UNREADABLE) {
            problems.add(ParseIssue.UNREADABLE_CELL, Section.FUNDING, index, label + " " + header(columns,
                    "received"), received.raw(), ReadProblems.span(row), header(columns, "received"), received.raw());
        }
        return new FundingRow(label, fundingRole, f[0], f[1], f[2], f[3], f[4], f[5], ReadProblems.span(row),
                received, text(columns, cellOf, "reason"), text(columns, cellOf, "method"),
                pooling(row, label, columns, cellOf, index, problems));
    }

    /** The pooled-funds columns (全年预算数 A, 统筹整合资金数 B, 预算到位 D/C) where the block has 统筹整合资金数; else null. */
    private static Pooling pooling(GridRow row, String label, Columns columns, Function<String, GridCell> cellOf,
                                   int index, ReadProblems problems) {
        if (!columns.has("pooled")) {
            return null;
        }
        String[] roles = {"grossBudget", "pooled", "receivedRate"};
        Figure[] f = new Figure[roles.length];
        for (int c = 0; c < roles.length; c++) {
            f[c] = figure(columns, cellOf, roles[c]);
            if (f[c] != null && f[c].kind() == FigureKind.UNREADABLE) {
                problems.add(ParseIssue.UNREADABLE_CELL, Section.FUNDING, index, label + " " + header(columns,
                        roles[c]), f[c].raw(), ReadProblems.span(row), header(columns, roles[c]), f[c].raw());
            }
        }
        return new Pooling(f[0], f[1], f[2]);
    }

    /** The text of a text column (原因, 得分计算方法); null where the block has no such column. */
    private static String text(Columns columns, Function<String, GridCell> cellOf, String role) {
        if (!columns.has(role)) {
            return null;
        }
        GridCell cell = cellOf.apply(role);
        return cell == null ? "" : CellText.value(cell);
    }

    private static String header(Columns columns, String role) {
        return LabelKey.of(columns.header(role).text());
    }

    private static Figure figure(Columns columns, Function<String, GridCell> cellOf, String role) {
        if (!columns.has(role)) {
            return null;
        }
        GridCell cell = cellOf.apply(role);
        return ValueParser.figureCell(cell == null ? "" : CellText.value(cell));
    }

    /** The row's label: the last non-empty cell left of the value columns that is not a block label. */
    private static String label(GridRow row, int firstValue, Lexicon lexicon) {
        String label = "";
        for (GridCell cell : row.cells()) {
            if (cell.column() >= firstValue) {
                break;
            }
            String key = LabelKey.of(cell.text());
            if (!key.isEmpty() && !lexicon.isBlockLabel(key)) {
                label = key;
            }
        }
        return label;
    }

    /** The money unit named by a cell of the block label or header (项目资金（万元）, 单位：万元), or null. */
    private static String unit(List<GridRow> rows, int header) {
        for (int i = header; i >= Math.max(0, header - 2); i--) {
            for (GridCell cell : rows.get(i).cells()) {
                Matcher m = UNIT.matcher(LabelKey.compact(cell.text()));
                if (m.find()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }
        return null;
    }
}
