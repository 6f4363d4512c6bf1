package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.FundingRole;
import ziping.model.FundingRow;
import ziping.model.Span;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FundingPartsTest {
    private static FundingRow row(FundingRole role, String amount) {
        Figure f = amount == null ? null : amount.equals("-") ? Figure.of("-", FigureKind.NOT_APPLICABLE)
                : Figure.number(amount, new BigDecimal(amount), null);
        return new FundingRow(role.id(), role, f, f, f, null, null, null, Span.lines(1, 1));
    }

    @Test
    void partsWithoutAFiscalRowOrWithAnEmptyOneHaveLostIt() {
        assertTrue(FundingParts.losesFiscalRow(List.of(row(FundingRole.TOTAL, "1449.72"),
                row(FundingRole.CARRYOVER, "-"), row(FundingRole.OTHER, "165.34"))));
        assertTrue(FundingParts.losesFiscalRow(List.of(row(FundingRole.TOTAL, "1889"),
                row(FundingRole.CURRENT, null), row(FundingRole.OTHER, "0"))));
    }

    @Test
    void aFiscalRowWithAnAmountOrNoPartsAtAllIsWhole() {
        assertFalse(FundingParts.losesFiscalRow(List.of(row(FundingRole.TOTAL, "1889"),
                row(FundingRole.CURRENT, "1889"), row(FundingRole.OTHER, "0"))));
        assertFalse(FundingParts.losesFiscalRow(List.of(row(FundingRole.TOTAL, "100"),
                row(FundingRole.CENTRAL, "-"), row(FundingRole.LOCAL, "100"), row(FundingRole.OTHER, "-"))));
        assertFalse(FundingParts.losesFiscalRow(List.of(row(FundingRole.TOTAL, "100"))));
    }
}
