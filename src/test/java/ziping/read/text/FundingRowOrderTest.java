package ziping.read.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A funding row read by the order of its values along the row, each wrapped tail joined to a value of an earlier line
 * of the row it may end; words and places as pdftotext -layout printed Chromium's 当年财政拨款 row of seed 37719 f040.
 */
class FundingRowOrderTest {
    private static final List<String> ROLES = List.of("initialBudget", "budget", "executed", "weight", "rate", "score");

    /** A word of the row on its line from its start column. */
    private static LayoutToken w(int line, int start, String text) {
        return new LayoutToken(line, start, start + text.length(), text);
    }

    /**
     * Two amounts' tails {@code 8} set at their line's own pitch, the first under the end of 调整后预算数 and the start of
     * 执行数, the second under the end of 执行数, and the rate's {@code 0%} between 100.0 and the score 10.00: of the
     * ways of joining them, only one fits the columns (a value takes one tail; the 执行率 holds the %), so the row reads.
     */
    @Test
    void tailsWithinReachOfTwoValuesReadWhereOneWayFitsTheColumns() {
        List<LayoutToken> words = List.of(w(0, 10, "860.066128"), w(0, 21, "860.06612"), w(0, 31, "860.06612"),
                w(0, 41, "10"), w(0, 44, "100.0"), w(0, 50, "10.00"), w(1, 31, "8"), w(1, 40, "8"), w(1, 49, "0%"));
        assertEquals(List.of("860.066128", "860.066128", "860.066128", "10", "100.00%", "10.00"),
                FundingRowOrder.read(words, ROLES).cells());
    }

    /**
     * One tail {@code 8} under the end of one amount and the start of the next, both of which may take it: either
     * way fits the columns, so the text does not tell which amount it ends and the row is undetermined (reported).
     */
    @Test
    void aTailThatEitherOfTwoValuesMayTakeLeavesTheRowUndetermined() {
        List<LayoutToken> words = List.of(w(0, 10, "860.066128"), w(0, 21, "860.06612"), w(0, 31, "860.06612"),
                w(0, 41, "10"), w(0, 44, "100.00%"), w(0, 52, "10.00"), w(1, 31, "8"));
        assertEquals(FundingRowOrder.Reading.UNDETERMINED, FundingRowOrder.read(words, ROLES));
    }

    /**
     * A 其中 row whose values line pdftotext set a few columns left of its tails' line (seed 918878 f030, Chromium):
     * {@code 65.5} ends at 47, its {@code 2%} starts at 51, beyond an amount's reach; a % tail ends only a rate, so it
     * reaches further, and the row reads (it had been a ZP001, and the injected ZP101 on it was skipped).
     */
    @Test
    void aRatesPercentTailReachesFurtherThanAnAmountsTail() {
        List<LayoutToken> words = List.of(w(0, 10, "360.398658"), w(0, 21, "339.36170"), w(0, 31, "215.96985"),
                w(0, 41, "-"), w(0, 43, "65.5"), w(0, 58, "-"), w(1, 30, "2"), w(1, 40, "1"), w(1, 51, "2%"));
        assertEquals(List.of("360.398658", "339.361702", "215.969851", "-", "65.52%", "-"),
                FundingRowOrder.read(words, ROLES).cells());
    }

    /** A word that is neither a value nor a tail: the order does not tell (no cells, not undetermined). */
    @Test
    void aWordThatIsNoValueLeavesTheOrderUntold() {
        List<LayoutToken> words = List.of(w(0, 10, "860.066128"), w(0, 21, "A)"));
        assertEquals(FundingRowOrder.Reading.NONE, FundingRowOrder.read(words, ROLES));
    }
}
