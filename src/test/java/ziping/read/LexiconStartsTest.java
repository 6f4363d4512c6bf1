package ziping.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LexiconStartsTest {
    private static String role(String label) {
        return Lexicon.roleStartedBy(Lexicon.builtIn().fundingRows(), LabelKey.of(label));
    }

    @Test
    void aFundingLabelCutShortWhereItWrappedTakesTheRoleItStarts() {
        assertEquals("current", role("其中：当年财"));
        assertEquals("current", role("本年财"));
        assertEquals("carryover", role("上年结"));
        assertEquals("other", role("其他资"));
    }

    @Test
    void aShortOrUnknownStartTakesNone() {
        assertNull(role("其他"));
        assertNull(role("专项债券"));
    }
}
