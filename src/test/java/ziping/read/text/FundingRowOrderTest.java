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

    /**
     * Two amounts' tails {@code 8} set at their line's own pitch, the first under the end of 调整后预算数 and the start of
     * 执行数, the second under the end of 执行数, and the rate's {@code 0%} between 100.0 and the score 10.00: of the
     * ways of joining them, only one fits the columns (a value takes one tail; the 执行率 holds the %), so the row reads.
     */
    @Test
    void tailsWithinReachOfTwoValuesReadWhereOneWayFitsTheColumns() {
        List<LayoutToken> words = List.of(
                new LayoutToken(0, 10, 20, "860.066128"), new LayoutToken(0, 21, 30, "860.06612"),
                new LayoutToken(0, 31, 40, "860.06612"), new LayoutToken(0, 41, 43, "10"),
                new LayoutToken(0, 44, 49, "100.0"), new LayoutToken(0, 50, 55, "10.00"),
                new LayoutToken(1, 31, 32, "8"), new LayoutToken(1, 40, 41, "8"), new LayoutToken(1, 49, 51, "0%"));
        assertEquals(new FundingRowOrder.Reading(
                        List.of("860.066128", "860.066128", "860.066128", "10", "100.00%", "10.00"), false),
                FundingRowOrder.read(words, ROLES));
    }

    /**
     * One tail {@code 8} under the end of one amount and the start of the next, both of which may take it: either
     * way fits the columns, so the text does not tell which amount it ends and the row is undetermined (reported).
     */
    @Test
    void aTailThatEitherOfTwoValuesMayTakeLeavesTheRowUndetermined() {
        List<LayoutToken> words = List.of(
                new LayoutToken(0, 10, 20, "860.066128"), new LayoutToken(0, 21, 30, "860.06612"),
                new LayoutToken(0, 31, 40, "860.06612"), new LayoutToken(0, 41, 43, "10"),
                new LayoutToken(0, 44, 51, "100.00%"), new LayoutToken(0, 52, 57, "10.00"),
                new LayoutToken(1, 31, 32, "8"));
        assertEquals(FundingRowOrder.Reading.UNDETERMINED, FundingRowOrder.read(words, ROLES));
    }

    /**
     * A 其中 row whose values line pdftotext set a few columns left of its tails' line (seed 918878 f030, Chromium):
     * {@code 65.5} ends at 47, its {@code 2%} starts at 51, beyond an amount's reach; a % tail ends only a rate, so it
     * reaches further, and the row reads (it had been a ZP001, and the injected ZP101 on it was skipped).
     */
    @Test
    void aRatesPercentTailReachesFurtherThanAnAmountsTail() {
        List<LayoutToken> words = List.of(
                new LayoutToken(0, 10, 20, "360.398658"), new LayoutToken(0, 21, 30, "339.36170"),
                new LayoutToken(0, 31, 40, "215.96985"), new LayoutToken(0, 41, 42, "-"),
                new LayoutToken(0, 43, 47, "65.5"), new LayoutToken(0, 58, 59, "-"),
                new LayoutToken(1, 30, 31, "2"), new LayoutToken(1, 40, 41, "1"), new LayoutToken(1, 51, 53, "2%"));
        assertEquals(new FundingRowOrder.Reading(
                        List.of("360.398658", "339.361702", "215.969851", "-", "65.52%", "-"), false),
                FundingRowOrder.read(words, ROLES));
    }

    /** A word that is neither a value nor a tail: the order does not tell (no cells, not undetermined). */
    @Test
    void aWordThatIsNoValueLeavesTheOrderUntold() {
        List<LayoutToken> words = List.of(new LayoutToken(0, 10, 20, "860.066128"), new LayoutToken(0, 21, 23, "A)"));
        assertEquals(FundingRowOrder.Reading.NONE, FundingRowOrder.read(words, ROLES));
    }
}
