package ziping.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalTest {
    private static Interval printed(String v) {
        return Interval.printed(new BigDecimal(v), Rounding.NEAREST);
    }

    private static Interval of(String lo, String hi) {
        return new Interval(new BigDecimal(lo), new BigDecimal(hi));
    }

    @Test
    void printedValueStandsForHalfAUnitEitherSide() {
        assertEquals(of("9.985", "9.995"), printed("9.99"));
        assertEquals(of("9.5", "10.5"), printed("10"));
    }

    @Test
    void truncationStandsForTheNextUnitUp() {
        assertEquals(of("9.99", "10.00"), Interval.printed(new BigDecimal("9.99"), Rounding.TRUNCATE));
        assertEquals(of("-1.01", "-1.00"), Interval.printed(new BigDecimal("-1.00"), Rounding.TRUNCATE));
    }

    @Test
    void aValueExactlyOnABoundMeets() {
        assertTrue(of("1", "2").meets(of("2", "3")));
        assertTrue(of("2", "3").meets(of("1", "2")));
        assertFalse(of("1", "2").meets(of("2.0001", "3")));
        assertTrue(printed("4.79").meets(Interval.exact(new BigDecimal("4.795"))));
    }

    @Test
    void seed003ExecutionScoreIsExplainedByRoundingOfAAndB() {
        Interval score = printed("365.11").dividedBy(printed("365.29")).times(BigDecimal.TEN);

        assertEquals("[9.9947, 9.9954]", score.format(4));
        assertTrue(printed("9.99").meets(score));
        assertFalse(printed("9.98").meets(score));
    }

    @Test
    void divisionByAnIntervalAroundZeroIsUnbounded() {
        assertNull(of("1", "2").dividedBy(printed("0.00")));
    }

    @Test
    void arithmeticCarriesBoundsOutward() {
        assertEquals(of("3", "7"), of("1", "3").plus(of("2", "4")));
        assertEquals(of("-3", "1"), of("1", "3").minus(of("2", "4")));
        assertEquals(of("-6", "3"), of("-2", "1").times(of("1", "3")));
        assertEquals(of("5", "10"), of("5", "12").cappedAt(BigDecimal.TEN));
        assertEquals(of("0", "2"), of("-1", "2").flooredAt(BigDecimal.ZERO));
    }

    @Test
    void formatShowsAPointAsOneValue() {
        assertEquals("10.00", Interval.exact(BigDecimal.TEN).format(2));
    }
}
