package ziping.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ControlCharsTest {

    @Test
    void terminalEscapesAndBidiOverridesAreEscaped() {
        assertEquals("北京\\u001B]0;pwned\\u0007市\\u001B[2J\\u009B31m", ControlChars.printable("北京\u001b]0;pwned\u0007市\u001b[2J\u009b31m"));
        assertEquals("a\\u000Ab\\u0009c\\u007F", ControlChars.printable("a\nb\tc\u007f"));
        assertEquals("abc\\u202Efed", ControlChars.printable("abc\u202efed"));
    }

    @Test
    void printableTextIsReturnedAsItIs() {
        String text = "项目支出绩效自评表 ≥98% （万元）";
        assertSame(text, ControlChars.printable(text));
        assertEquals(null, ControlChars.printable(null));
    }
}
