package ziping.read.text;

import ziping.grid.Grid;
import ziping.model.Figure;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.parse.FormParser;
import ziping.parse.ParsedForm;
import ziping.read.FormReader;
import ziping.source.SourceText;

import java.math.BigDecimal;
import java.util.List;

/**
 * The forms of a text input. Cell-separated text (copied tables) is read from its rebuilt grid. Other text is read
 * line by line ({@link FormParser}, the seeds' layout); where box-ordered text ({@link StreamText}: PDFBox, PyMuPDF) gets
 * no form, parse findings or a form that does not add up from it, the grid rebuilt from the boxes is read instead,
 * with its parse findings. Where the line parser finds no form or reports parse findings and the text keeps printed
 * positions, the grid rebuilt from the positions ({@link LayoutText}) is read too, and its forms
 * are taken only when each is whole: no parse finding, and its indicators' 分值 add up to the 总分's. Text the line
 * parser reads cleanly is never converted, so it costs nothing more.
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
        List<ParsedForm> lines = FormParser.parse(text);
        if ((lines.isEmpty() || problems(lines) > 0 || !lines.stream().allMatch(TextForms::adds))
                && StreamText.recognises(text)) {
            List<ParsedForm> box = FormReader.read(CellTable.build(text, StreamText.rows(text)));
            if (!box.isEmpty()) {
                return box;
            }
        }
        if (!lines.isEmpty() && problems(lines) == 0 || !LayoutText.recognises(text)) {
            return lines;
        }
        List<ParsedForm> layout = FormReader.read(LayoutText.grid(text));
        return !layout.isEmpty() && layout.size() >= lines.size() && layout.stream().allMatch(TextForms::adds)
                ? layout : lines;
    }

    /**
     * Whether a form read from positions is whole: no parse finding, every indicator with its target, actual, 分值 and
     * 得分, and its indicators' 分值 (with the funding
     * block's, where the 总分 counts it) add up to the 总分's: a row lost or split by a wrong column cut shows there.
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

    private static int problems(List<ParsedForm> forms) {
        int n = 0;
        for (ParsedForm form : forms) {
            n += form.problems().size();
        }
        return n;
    }
}
