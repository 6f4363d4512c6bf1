package ziping.rules;

import java.util.ArrayList;
import java.util.List;

import ziping.model.Finding;
import ziping.model.Indicator;
import ziping.model.Message;
import ziping.model.Section;

/**
 * A rule finding on an indicator row whose text was read in doubt (a ZP007 or another parse finding on it or next to
 * it; the rules that read only its numbers, or cells read on one line, still run there) names the row by its number,
 * not by a name that may be another row's text: its label is left empty and its message takes the variant key
 * {@code KEY.row}, whose {@code {0}} is the row counted from 1, as the table and HTML reports count. Every message of
 * a rule that can report on such a row quotes the indicator's name as {@code {0}} (ZP201–ZP204; a test holds each
 * variant in both languages).
 */
final class DoubtfulNames {
    static final String ROW_VARIANT = ".row";

    private DoubtfulNames() {
    }

    /** The finding, naming its row instead where it quotes the name of an indicator row in doubt. */
    static Finding of(Finding finding, PartialSections partial, List<Indicator> indicators) {
        Integer row = finding.row();
        if (finding.section() != Section.INDICATOR || row == null || row < 0 || row >= indicators.size()
                || !partial.rowInDoubt(Section.INDICATOR, row) || !quotesName(finding, indicators.get(row).name())) {
            return finding;
        }
        List<String> args = new ArrayList<>(finding.message().args());
        args.set(0, String.valueOf(row + 1));
        Message message = new Message(finding.message().key() + ROW_VARIANT, List.copyOf(args));
        return new Finding(finding.rule(), finding.check(), finding.severity(), finding.section(), row, null,
                finding.stated(), finding.computed(), finding.formula(), message, finding.span());
    }

    private static boolean quotesName(Finding finding, String name) {
        List<String> args = finding.message().args();
        return name != null && name.equals(finding.label()) && !args.isEmpty() && name.equals(args.get(0));
    }
}
