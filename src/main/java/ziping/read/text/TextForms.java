package ziping.read.text;

import ziping.grid.Grid;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.read.CellWords;
import ziping.read.FormReader;
import ziping.source.SourceText;

import java.math.BigDecimal;
import java.util.List;

/**
 * The forms of a text input, by the converter of the text's family, each recognised by a cheap look at the text:
 * <ul>
 *   <li>cell-separated text (copied tables, {@link TextGrids}) is read from its rebuilt grid;</li>
 *   <li>text that keeps the printed positions ({@code pdftotext -layout}: an indicator header whose words stand apart
 *       by runs of spaces) from the grid rebuilt from the positions ({@link LayoutText}) where that finds a form;</li>
 *   <li>other text line by line ({@link FormParser}, the seeds' layout). Where that finds no form, reports parse
 *       findings or reads a form that does not add up, box-ordered text is read from the grid rebuilt from its boxes,
 *       with its parse findings: text in drawing order without blank lines ({@link StreamText}: PDFBox, PyMuPDF), or
 *       pdfminer's boxes in rows ({@link BoxText}, {@code -F disabled}; taken where it finds as many forms and the
 *       line parser reported problems), or where they are not in rows, pdfminer's default order ({@link FlowText});
 *       a reason cell those readings filled with label words or a figure is marked ({@link StrayReasons}).</li>
 * </ul>
 * Text the line parser reads cleanly and whole is never converted, so it costs nothing more.
 */
public final class TextForms {
    private TextForms() {
    }

    public static List<ParsedForm> read(SourceText text) {
        Grid cells = TextGrids.of(text);
        if (cells != null) {
            List<ParsedForm> forms = FormReader.read(cells);
            if (!forms.isEmpty()) {
                return forms;
            }
        }
        if (LayoutText.recognises(text)) {
            List<ParsedForm> layout = FormReader.read(LayoutText.grid(text));
            if (!layout.isEmpty()) {
                return layout;
            }
        }
        List<ParsedForm> lines = FormParser.parse(text);
        boolean whole = !lines.isEmpty() && lines.stream().allMatch(TextForms::adds);
        if (StreamText.recognises(text)
                && (!whole || !lines.stream().allMatch(form -> keepsFundingRows(form, text)))) {
            List<TextRow> drawn = StrayReasons.marked(StreamText.rows(text));
            List<ParsedForm> stream = FormReader.read(CellTable.build(text, drawn));
            if (!stream.isEmpty()) {
                return stream;
            }
        }
        if (!lines.isEmpty() && lines.stream().allMatch(form -> form.problems().isEmpty())
                || !Boxes.recognises(text)) {
            return lines;
        }
        List<TextRow> rows = BoxText.rows(text);
        if (rows == null) {
            rows = FlowText.rows(text);
        }
        if (rows == null) {
            return lines;
        }
        List<ParsedForm> boxes = FormReader.read(CellTable.build(text, StrayReasons.marked(rows)));
        return !boxes.isEmpty() && boxes.size() >= lines.size() ? boxes : lines;
    }

    /**
     * Whether the line parser kept a funding row for every line of the form that starts with a funding row's label
     * (财政资金, 上年结转 …): it reads only the seeds' labels and passes over the others, and a row lost so would make the
     * funding breakdown (ZP103) fail on a clean form.
     */
    private static boolean keepsFundingRows(ParsedForm parsed, SourceText text) {
        Form form = parsed.form();
        int labelled = 0;
        for (int line = form.span().firstLine(); line <= form.span().lastLine(); line++) {
            String t = Cells.trim(text.lines().get(line - 1));
            int space = t.indexOf(' ');
            if (!t.isEmpty() && CellWords.isFundingRow(space < 0 ? t : t.substring(0, space))) {
                labelled++;
            }
        }
        return labelled <= form.funding().size();
    }

    /**
     * Whether a form the line parser read is whole: no parse finding, every indicator with its target, actual, 分值 and
     * 得分, and its indicators' 分值 (with the funding block's, where the 总分 counts it) adding up to the 总分's: a row
     * lost or split by text in another order shows there.
     */
    private static boolean adds(ParsedForm parsed) {
        Form form = parsed.form();
        if (!parsed.problems().isEmpty() || form.indicators().isEmpty() || form.total() == null
                || !form.total().weight().isNumber()) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator indicator : form.indicators()) {
            if (indicator.weight() == null || !indicator.weight().isNumber() || indicator.score() == null
                    || !indicator.score().isNumber() || indicator.target() == null || indicator.actual() == null) {
                return false;
            }
            sum = sum.add(indicator.weight().value());
        }
        BigDecimal total = form.total().weight().value();
        BigDecimal funding = form.funding().stream().filter(FundingRow::isTotal).map(FundingRow::weight)
                .filter(w -> w != null && w.isNumber()).map(Figure::value).findFirst().orElse(BigDecimal.ZERO);
        return sum.compareTo(total) == 0 || sum.add(funding).compareTo(total) == 0;
    }
}
