package ziping.api;

import java.util.ArrayList;
import java.util.List;

import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Span;
import ziping.parse.ParseIssue;
import ziping.parse.ParsedForm;
import ziping.source.table.CellNote;

/**
 * Turns a workbook's stale formulas (a formula computed again shows otherwise than the value the file holds: see
 * {@link CellNote.Kind#STALE_FORMULA}) into ZP006 findings of the forms whose rows hold their cells: in the funding
 * row, indicator row or 总分 row the cell's sheet row belongs to, else in the header. A stale formula outside every
 * form is no finding.
 */
final class StaleFormulas {
    private static final ParseIssue ISSUE = ParseIssue.STALE_FORMULA;

    private StaleFormulas() {
    }

    static List<ParsedForm> attach(List<ParsedForm> forms, List<CellNote> notes) {
        if (notes.stream().noneMatch(n -> n.kind() == CellNote.Kind.STALE_FORMULA)) {
            return forms;
        }
        List<ParsedForm> attached = new ArrayList<>(forms.size());
        for (ParsedForm parsed : forms) {
            List<Finding> problems = new ArrayList<>(parsed.problems());
            for (CellNote note : notes) {
                if (note.kind() == CellNote.Kind.STALE_FORMULA && covers(parsed.form().span(), note)) {
                    problems.add(finding(parsed.form(), note));
                }
            }
            attached.add(new ParsedForm(parsed.form(), problems));
        }
        return attached;
    }

    private static Finding finding(Form form, CellNote note) {
        Section section = Section.HEADER;
        Integer row = null;
        for (int i = 0; i < form.funding().size(); i++) {
            FundingRow funding = form.funding().get(i);
            if (covers(funding.span(), note)) {
                section = Section.FUNDING;
                row = i;
            }
        }
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator indicator = form.indicators().get(i);
            if (covers(indicator.span(), note)) {
                section = Section.INDICATOR;
                row = i;
            }
        }
        if (form.total() != null && covers(form.total().span(), note)) {
            section = Section.TOTAL;
        }
        String formula = "=" + note.formula();
        return new Finding(ISSUE.id(), Check.PARSE, ISSUE.severity(), section, row, note.cell(), note.shown(),
                note.value(), formula, Message.of(ISSUE.messageKey(null), note.cell(), formula, note.value(),
                note.shown()), new Span(note.line(), note.line(), note.page()));
    }

    private static boolean covers(Span span, CellNote note) {
        return span != null && span.page() != null && span.page() == note.page() && note.line() >= span.firstLine()
                && note.line() <= span.lastLine();
    }
}
