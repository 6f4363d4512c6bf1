package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.model.FundingRow;
import ziping.source.SourceText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The column widths the sure rows of box-ordered text show ({@link Widths}): a text narrower by the count than one a
 * column printed on one line does not wrap in it, one wider than one it wrapped does not fit on a line, and one as wide
 * settles nothing (digits of one count print wider or narrower by the font's digits).
 */
class WidthsTest {
    private static final String[] ROLES = {"label", "initialBudget", "budget", "executed", "weight", "rate", "score"};

    @Test
    void aTextAsWideByTheCountAsOneThatFittedMayWrapInItsColumn() {
        List<Piece> total = List.of(Piece.of("资金总额", 1, 1), Piece.of("2234.778756", 1, 1),
                Piece.of("1862.109631", 1, 1), Piece.of("10.00", 1, 2), Piece.of("78.42%", 1, 2), Piece.of("7.84", 1, 2),
                Piece.of("1460.208734", 2, 3));
        BoxRows.Row sure = new BoxRows.Row(total, new int[] {0, 1, 2, 4, 5, 6, 3}, false, false);
        Widths widths = Widths.of(new BoxFunding.Costs(ROLES), ROLES.length, List.of(sure));
        assertEquals(0, widths.place(Piece.of("1630.473506", 2, 5), 2));
        assertEquals(Widths.WRONG, widths.place(Piece.of("630.473506", 2, 5), 2));
        assertEquals(0, widths.place(Piece.of("1301.924591", 1, 5), 3));
        assertEquals(Widths.WRONG, widths.place(Piece.of("11301.924591", 1, 5), 3));
    }

    /**
     * Seed 318877's f055 from pdfminer {@code -M 40} (LibreOffice): the total row's 全年执行数 wrapped, the fiscal row's
     * 预算数 wrapped, both as wide by the count as a one-line amount of their column. The widths once put the fiscal
     * row's wrapped 1630.473506 under 全年执行数 for sure, and its 执行率 check (ZP101) and the parts' sums (ZP103) raised
     * errors on a clean form; the row is now read by the one placement its printed 执行率 bears out.
     */
    @Test
    void aWrappedAmountAsWideAsAOneLineOneIsNotPlacedByTheWidths() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/gen/box/lo-pdfminer-m40/318877-f055.txt"),
                StandardCharsets.UTF_8);
        List<FundingRow> funding = TextForms.read(new SourceText("f055.txt", lines, lines, List.of())).get(0).form()
                .funding();
        assertEquals(List.of("1862.109631 1460.208734", "1630.473506 1301.924591", "231.636125 158.284143"),
                List.of(amounts(funding.get(0)), amounts(funding.get(1)), amounts(funding.get(3))));
    }

    private static String amounts(FundingRow row) {
        return row.budget().raw() + " " + row.executed().raw();
    }
}
