package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.model.FigureKind;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberTextTest {

    @Test
    void aNumberUpToTheLimitIsReadWithItsScale() {
        String longest = "1." + "0".repeat(NumberText.MAX_LENGTH - 3) + "1";

        assertEquals(NumberText.MAX_LENGTH, NumberText.end(longest, 0));
        assertEquals(new BigDecimal(longest), ValueParser.figure(longest).value());
    }

    @Test
    void aLongerNumberIsNotANumberSoItsCellIsUnreadable() {
        String tooLong = "9".repeat(NumberText.MAX_LENGTH + 1);

        assertEquals(-1, NumberText.end(tooLong, 0));
        assertEquals(FigureKind.UNREADABLE, ValueParser.figure(tooLong).kind());
        assertEquals(FigureKind.UNREADABLE, ValueParser.figure("9".repeat(1_000_000)).kind());
    }
}
