package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.Section;
import ziping.model.Span;
import ziping.parse.ParseIssue;
import ziping.parse.ValueParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the indicator table below its header row: each body row's cells by the roles of their columns. 一级 and 二级
 * labels come from merged cells (a cell merged down from a row above), or, where a cell is empty, from the row
 * above; a row that opens a new 一级 group without a 二级 cell has none. Repeated header rows, lines outside the
 * table and rows without any text in the value columns or a name are not indicators (a header row that holds a row's
 * 分值 or 得分 is a parse finding, ZP003). A cell is never moved to
 * another row: a value that cannot be read is a parse finding of its row, and one cell under two value columns (the
 * row's cells do not match the header's) makes the row unreliable. A name cell the converter marked
 * ({@link GridCell#TEXT_IN_DOUBT}) is read without its mark and the row's text reported in doubt (ZP007), also where
 * the mark stands alone: a row whose 分值 and 得分 the converter read for sure, its name not (no stray-text finding). A
 * reason cell the converter marked printed empty on the row's values line ({@link GridCell#EMPTY_ON_LINE}) is read as
 * empty and the row's actual, 分值, 得分 and reason as read for sure ({@link Indicator#reasonOnLine}); a name cell
 * marked {@link GridCell#VALUES_ON_LINE} is read without its mark and the row's target, actual, 分值 and 得分 as read
 * for sure ({@link Indicator#valuesOnLine}). A reason cell the converter marked ({@link GridCell#REASON_CHOSEN}) is
 * read without its mark and the choice said (ZP004, info: it stops no check); one marked
 * {@link GridCell#REASON_IN_DOUBT} is read as printed, without its mark, and reported as no reason (ZP008).
 */
final class IndicatorBlock {
    private static final String[] VALUE_ROLES = {"target", "actual", "weight", "score"};
    /** How every 一级 and 二级 label ends. */
    private static final String LABEL_END = "指标";
    /** The one unit a 分值 or 得分 may print. */
    private static final String POINTS = "分";

    private final List<GridRow> rows;
    private final FormRows places;
    private final Columns columns;
    private final Lexicon lexicon;
    private final Template template;
    private final ReadProblems problems;
    private final List<Indicator> indicators = new ArrayList<>();
    private String level1 = "";
    private Figure level1Points;
    private String level2 = "";
    /** The pages the current labels were printed on: a label completed on a later page was cut by its break. */
    private int level1Page;
    private int level2Page;
    private String goalBlock;

    private IndicatorBlock(List<GridRow> rows, Columns columns, Lexicon lexicon, Template template,
                           ReadProblems problems) {
        this.rows = rows;
        this.places = new FormRows(rows);
        this.columns = columns;
        this.lexicon = lexicon;
        this.template = template;
        this.problems = problems;
    }

    /** Reads the rows after {@code header} up to {@code end}; {@code template} is null for the general lexicon. */
    static List<Indicator> read(List<GridRow> rows, int header, int end, Lexicon lexicon, Template template,
                                ReadProblems problems) {
        Columns columns = Columns.of(rows.get(header), lexicon.indicatorColumns());
        IndicatorBlock block = new IndicatorBlock(rows, columns, lexicon, template, problems);
        for (int i = header + 1; i < end; i++) {
            block.row(i);
        }
        return block.indicators;
    }

    private void row(int index) {
        GridRow row = rows.get(index);
        if (!row.inTable() || row.blank()) {
            return;
        }
        if (BlockHeaders.isIndicatorHeader(row, lexicon)) {
            if (holdsPoints(row)) {
                problems.add(ParseIssue.STRAY_TEXT, Section.INDICATOR, indicators.size(), null, row.text(),
                        ReadProblems.span(row));
            }
            return;
        }
        Map<String, GridCell> cells = new HashMap<>();
        for (String role : columns.roles()) {
            GridCell cell = columns.cellIn(row, role);
            if (cell != null) {
                cells.put(role, cell);
            }
        }
        if (trailer(row) && !hasValue(cells)) {
            return;
        }
        String name = text(cells.get("name"));
        boolean valuesOnLine = name.startsWith(GridCell.VALUES_ON_LINE);
        if (valuesOnLine) {
            name = name.substring(GridCell.VALUES_ON_LINE.length());
        }
        boolean textInDoubt = name.startsWith(GridCell.TEXT_IN_DOUBT);
        if (textInDoubt) {
            name = name.substring(GridCell.TEXT_IN_DOUBT.length()).strip();
        }
        if (name.isEmpty() && !hasValue(cells) && places.opensPage(index) && continuesReason(cells)) {
            return;
        }
        if (name.isEmpty() && !hasValue(cells) || isNote(cells)
                || template != null && template.isPlaceholder(name) && !hasValue(cells)) {
            return;
        }
        labels(index);
        goalBlock(index);
        int at = indicators.size();
        Span span = ReadProblems.span(row);
        String printed = row.text().replace(GridCell.TEXT_IN_DOUBT, "").replace(GridCell.VALUES_ON_LINE, "")
                .replace(GridCell.REASON_CHOSEN, "").replace(GridCell.REASON_IN_DOUBT, "");
        printed = printed.contains(GridCell.EMPTY_ON_LINE) ? printed.replace(GridCell.EMPTY_ON_LINE, "").strip() : printed;
        if (sharedCell(cells)) {
            problems.add(ParseIssue.CELL_COUNT, Section.INDICATOR, at, name, printed, span, columns.size(),
                    row.cells().size());
        }
        if (name.isEmpty() && !textInDoubt) {
            problems.add(ParseIssue.STRAY_TEXT, Section.INDICATOR, at, null, printed, span);
        }
        if (textInDoubt) {
            problems.add(ParseIssue.TEXT_IN_DOUBT, Section.INDICATOR, at, name, printed, span);
        }
        Figure weight = figure(cells, "weight", at, name, span);
        Figure score = figure(cells, "score", at, name, span);
        Figure single = figure(cells, "singleScore", at, name, span);
        String method = columns.has("method") ? text(cells.get("method")) : null;
        Measure target = measure(cells, "target", at, name, span, textInDoubt);
        Measure actual = measure(cells, "actual", at, name, span, textInDoubt);
        String reason = columns.has("reason") ? text(cells.get("reason")) : null;
        if (reason != null && reason.startsWith(GridCell.REASON_CHOSEN)) {
            reason = reason.substring(GridCell.REASON_CHOSEN.length());
            problems.addVariant(ParseIssue.AMBIGUOUS_REASON, "reason", Section.INDICATOR, at, name, reason, span);
        }
        if (reason != null && reason.startsWith(GridCell.REASON_IN_DOUBT)) {
            reason = reason.substring(GridCell.REASON_IN_DOUBT.length());
            problems.add(ParseIssue.REASON_IN_DOUBT, Section.INDICATOR, at, name, reason, span, reason);
        }
        boolean reasonOnLine = GridCell.EMPTY_ON_LINE.equals(reason);
        indicators.add(new Indicator(level1, level2, name, target, actual, weight, score, reasonOnLine ? "" : reason,
                span, method, single, level1Points, goalBlock, reasonOnLine, valuesOnLine));
    }

    /**
     * Updates the 一级 and 二级 labels from the row's label cells, merged ones included (a merged cell was read at its
     * first row, so the rows it covers keep that label). An empty label cell takes the
     * label above where it continues a merged cell (it spans rows, or opens a page: a merged cell cut by a page break);
     * an empty 二级 cell of its own has no label. A label cut in two by a page break ({@code 满意度指} / {@code 标},
     * the second part at the page's top or, where the merged cell centres it, on a later row of that page) is joined,
     * on the rows above too, and so are a label and its points cut apart ({@code 满意度指标} / {@code (10分)}).
     */
    private void labels(int index) {
        FormRows.Placed first = place(index, "level1");
        boolean pageTop = places.opensPage(index);
        Integer printedPage = rows.get(index).page();
        int page = printedPage == null ? 0 : printedPage;   // workbooks, pages and text have no pages
        boolean newGroup = false;
        if (first != null && !first.fromAbove()) {
            PointsLabel.Read label = PointsLabel.of(first.cell().text().strip());
            String text = label.label();
            PointsLabel.Read joined = pageTop && level1Points == null && !level1.isEmpty()
                    ? PointsLabel.of(level1 + first.cell().text().strip()) : null;
            if (joined != null && joined.points() != null && joined.label().equals(level1)) {
                level1Points = joined.points();
                givePoints(level1, level1Points);
            } else if ((pageTop || page > level1Page) && isFragmentOf(level1, text)) {
                rename(true, level1, level1 + text);
                level1 = level1 + text;
            } else if (!text.isEmpty()) {
                newGroup = !text.equals(level1);
                level1 = text;
                level1Page = page;
                level1Points = label.points();
            }
        } else if (first != null && level1.isEmpty()) {
            PointsLabel.Read label = PointsLabel.of(first.cell().text().strip());
            level1 = label.label();
            level1Points = label.points();
        }
        FormRows.Placed second = place(index, "level2");
        boolean sameCell = first != null && second != null && first.cell() == second.cell();
        if (second == null || sameCell) {
            level2 = newGroup || sameCell ? "" : level2;
            return;
        }
        String text = second.cell().text().strip();
        boolean continues = second.fromAbove() || second.cell().rowSpan() > 1 || pageTop;
        if (second.fromAbove()) {
            level2 = level2.isEmpty() ? text : level2;
        } else if ((pageTop || page > level2Page) && isFragmentOf(level2, text)) {
            rename(false, level2, level2 + text);
            level2 = level2 + text;
        } else if (!text.isEmpty() || newGroup || !continues) {
            level2 = text;
            level2Page = page;
        }
    }

    /** The first label column: 一级指标's, or the first column of the table's roles. */
    private int labelColumn() {
        return columns.has("level1") ? columns.header("level1").column() : columns.firstColumn();
    }

    /** A row below the table that a block label opens ({@code 说明 | …}), left of the label columns. */
    private boolean trailer(GridRow row) {
        GridCell first = row.cells().get(0);
        return first.column() < labelColumn() && lexicon.isBlockLabel(LabelKey.of(first.text()));
    }

    /**
     * The goal block a row stands in: a label with points ({@code 年度绩效目标1（40分）}) in a cell left of the label
     * columns, merged down over its rows.
     */
    private void goalBlock(int index) {
        for (int column = 0; column < labelColumn(); column++) {
            FormRows.Placed placed = places.at(index, column);
            PointsLabel.Read block = placed == null ? null : PointsLabel.goalBlock(placed.cell().text());
            if (block != null) {
                goalBlock = block.label();
                return;
            }
        }
    }

    /** Whether {@code text} completes a label cut by a page break: the label is not whole, the two make one. */
    private static boolean isFragmentOf(String label, String text) {
        return !text.isEmpty() && !label.isEmpty() && !label.endsWith(LABEL_END) && (label + text).endsWith(LABEL_END);
    }

    /** Gives the rows that carry a cut label its whole text. */
    private void rename(boolean level1Label, String cut, String whole) {
        for (int i = indicators.size() - 1; i >= 0; i--) {
            Indicator r = indicators.get(i);
            if (!(level1Label ? r.level1() : r.level2()).equals(cut)) {
                break;
            }
            indicators.set(i, new Indicator(level1Label ? whole : r.level1(), level1Label ? r.level2() : whole,
                    r.name(), r.target(), r.actual(), r.weight(), r.score(), r.reason(), r.span(), r.method(),
                    r.singleScore(), r.level1Points(), r.goalBlock()));
        }
    }

    /**
     * Gives the rows above that carry the label without points the points the next page printed under it: a merged
     * {@code 满意度指标(10分)} wrapped in two lines and cut by a page break ({@code 满意度指标} at the foot of one page,
     * {@code (10分)} at the top of the next).
     */
    private void givePoints(String label, Figure points) {
        for (int i = indicators.size() - 1; i >= 0; i--) {
            Indicator r = indicators.get(i);
            if (!r.level1().equals(label) || r.level1Points() != null) {
                break;
            }
            indicators.set(i, new Indicator(r.level1(), r.level2(), r.name(), r.target(), r.actual(), r.weight(),
                    r.score(), r.reason(), r.span(), r.method(), r.singleScore(), points, r.goalBlock()));
        }
    }

    private FormRows.Placed place(int index, String role) {
        int column = columns.columnAt(places, index, role);
        return column < 0 ? null : places.at(index, column);
    }

    /**
     * Whether a repeated header row holds digits under 分值 or 得分, whose header words have none: a row's numbers
     * printed among the header's words (a text converter that did not tell a page's header from the row beside it). The
     * row is not read, and says so: without it the weights would not add up.
     */
    private boolean holdsPoints(GridRow row) {
        for (String role : new String[] {"weight", "score"}) {
            GridCell cell = columns.cellIn(row, role);
            if (cell != null && cell.text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasValue(Map<String, GridCell> cells) {
        for (String role : VALUE_ROLES) {
            if (!text(cells.get(role)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rest of the row above, cut by a page break inside its reason cell (a browser prints a row across two pages:
     * {@code 后续将优化资金使用计划，提高预算执行} at one page's foot, {@code 精准度。} at the next page's top, alone in its
     * row): appended to that row's reason. False (nothing done) when the row holds no reason text or has no row above.
     */
    private boolean continuesReason(Map<String, GridCell> cells) {
        String rest = text(cells.get("reason"));
        if (rest.isEmpty() || indicators.isEmpty() || !columns.has("reason")) {
            return false;
        }
        int last = indicators.size() - 1;
        Indicator r = indicators.get(last);
        String reason = r.reason() == null ? rest : r.reason() + rest;
        indicators.set(last, new Indicator(r.level1(), r.level2(), r.name(), r.target(), r.actual(), r.weight(),
                r.score(), reason, r.span(), r.method(), r.singleScore(), r.level1Points(), r.goalBlock()));
        return true;
    }

    /** A note printed inside the table (注：…): one cell across the name and the value columns, not an indicator. */
    private static boolean isNote(Map<String, GridCell> cells) {
        GridCell name = cells.get("name");
        for (String role : VALUE_ROLES) {
            if (name != null && cells.get(role) == name) {
                return true;
            }
        }
        return false;
    }

    /** Whether one cell stands under two value columns. */
    private static boolean sharedCell(Map<String, GridCell> cells) {
        Map<GridCell, String> seen = new IdentityHashMap<>();
        for (String role : VALUE_ROLES) {
            GridCell cell = cells.get(role);
            if (cell != null && seen.put(cell, role) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A 分值 or 得分 cell: a number, or points ({@code 5分}); a number with another unit ({@code 100%}, {@code 6小时}) is
     * no points but a value read into the wrong column, unreadable (ZP001), not a score out of range.
     */
    private Figure figure(Map<String, GridCell> cells, String role, int at, String name, Span span) {
        if (!columns.has(role)) {
            return null;
        }
        Figure figure = ValueParser.figureCell(value(cells.get(role)));
        if (figure.kind() == FigureKind.NUMBER && figure.unit() != null && !POINTS.equals(figure.unit())) {
            figure = Figure.of(figure.raw(), FigureKind.UNREADABLE);
        }
        if (figure.kind() == FigureKind.UNREADABLE) {
            String header = LabelKey.of(columns.header(role).text());
            problems.add(ParseIssue.UNREADABLE_CELL, Section.INDICATOR, at, name, figure.raw(), span, header,
                    figure.raw());
        }
        return figure;
    }

    /**
     * A target or actual cell. A target printed in 指标性质 | 指标值 | 度量单位 cells is one value; an actual without a
     * unit of its own takes the row's 度量单位 (printed as it is, the unit read from the unit cell).
     */
    /**
     * A target or actual cell, reported as unreadable where the converter that made the grid kept words of it apart
     * ({@link GridCell#APART}: it could not tell which row or which value they belong to).
     */
    /**
     * A target or actual cell whose parts a converter could not place is a parse finding of its row (ZP001), unless the
     * converter marked the row's text in doubt: its ZP007 already says the row's values are not placed for sure.
     */
    private Measure measure(Map<String, GridCell> cells, String role, int at, String name, Span span,
                            boolean textInDoubt) {
        Measure measure = measure(cells, role);
        if (!textInDoubt && measure != null && measure.raw() != null && measure.raw().contains(GridCell.APART)) {
            String header = LabelKey.of(columns.header(role).text());
            problems.add(ParseIssue.UNREADABLE_CELL, Section.INDICATOR, at, name, measure.raw(), span, header,
                    measure.raw());
        }
        return measure;
    }

    private Measure measure(Map<String, GridCell> cells, String role) {
        if (!columns.has(role)) {
            return null;
        }
        String value = value(cells.get(role));
        if ("target".equals(role) && (columns.has("comparator") || columns.has("unit"))) {
            return ValueParser.measureOf(value(cells.get("comparator")), value, value(cells.get("unit")));
        }
        Measure measure = ValueParser.measureCell(value);
        if ("actual".equals(role) && columns.has("unit") && measure.number() != null && measure.unit() == null) {
            Measure withUnit = ValueParser.measureOf("", value, value(cells.get("unit")));
            return new Measure(value, withUnit.kind(), withUnit.comparator(), withUnit.number(), withUnit.unit(),
                    withUnit.text());
        }
        return measure;
    }

    private static String value(GridCell cell) {
        return cell == null ? "" : CellText.value(cell);
    }

    private static String text(GridCell cell) {
        return cell == null ? "" : cell.text().strip();
    }
}
