package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Section;
import ziping.testing.Seeds;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line parser on seed 000 whose 当年财政拨款 row lost its line (a label wrapped, as text extractors print it). */
class LostFiscalRowTest {
    @Test
    void partsReadWithoutTheFiscalRowAreALostPart() throws IOException {
        ParsedForm form = FormParser.parse(Seeds.withLine(Seeds.S000, 23, "其中:当年财政拨")).get(0);

        assertEquals(List.of(FundingRole.TOTAL, FundingRole.CARRYOVER, FundingRole.OTHER),
                form.form().funding().stream().map(FundingRow::role).toList());
        assertEquals(List.of("ZP002 " + FundingParts.FISCAL_ROW), form.problems().stream()
                .filter(p -> p.section() == Section.FUNDING)
                .map(p -> p.rule() + " " + p.message().args().get(0)).toList());
    }

    @Test
    void theSeedAsPrintedLosesNoPart() throws IOException {
        ParsedForm form = FormParser.parse(Seeds.text(Seeds.S000)).get(0);

        assertEquals(List.of(), form.problems().stream().filter(p -> p.section() == Section.FUNDING).toList());
    }
}
