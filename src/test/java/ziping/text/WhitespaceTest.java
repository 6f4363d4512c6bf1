package ziping.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhitespaceTest {
    @Test
    void answersAsCharacterIsWhitespaceForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (Character.isWhitespace(c) != Whitespace.is(c)) {
                assertEquals(Character.isWhitespace(c), Whitespace.is(c), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(Whitespace.is('\u3000'), "the ideographic space, the last one before the shortcut");
        assertTrue(Whitespace.is('\t'));
        assertFalse(Whitespace.is('\u00a0'), "no-break space, as Character.isWhitespace");
        assertFalse(Whitespace.is('指'));
    }

    @Test
    void anySpaceAnswersAsIsWhitespaceOrIsSpaceCharForEveryCodePointUpToTheSupplementaryPlanes() {
        for (int cp = 0; cp <= 0x2ffff; cp++) {
            boolean expected = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (expected != Whitespace.isAnySpace(cp)) {
                assertEquals(expected, Whitespace.isAnySpace(cp), "U+" + Integer.toHexString(cp));
            }
        }
        assertTrue(Whitespace.isAnySpace(0x2007), "figure space: a space to isSpaceChar only");
        assertTrue(Whitespace.isAnySpace(0x3000));
        assertFalse(Whitespace.isAnySpace(0x4e00));
    }

    @Test
    void aCellSpaceIsWhitespaceOrTheNoBreakSpace() {
        assertTrue(Whitespace.isOrNoBreak('\u00a0'));
        assertTrue(Whitespace.isOrNoBreak('\u3000'));
        assertTrue(Whitespace.isOrNoBreak(' '));
        assertFalse(Whitespace.isOrNoBreak('\u2007'), "other no-break spaces stay text, as before");
        assertFalse(Whitespace.isOrNoBreak('指'));
    }
}
