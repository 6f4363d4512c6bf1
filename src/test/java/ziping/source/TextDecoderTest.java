package ziping.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecoderTest {
    /** A line of seed 000. */
    private static final String FUNDING_LINE = "年度资金总额 271.999360 271.999360 257.480000 10.00 94.66% 9.47";
    private static final String FORM = "项目支出绩效自评表\n（2024年度）\n" + FUNDING_LINE + "\n";
    private static final List<String> FORM_LINES = List.of("项目支出绩效自评表", "（2024年度）", FUNDING_LINE);

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static List<String> lines(byte[] bytes) throws UnreadableInputException {
        return TextDecoder.decode("t.txt", bytes).lines();
    }

    @Test
    void utf8WithAndWithoutBom() throws UnreadableInputException {
        byte[] utf8 = FORM.getBytes(StandardCharsets.UTF_8);
        assertEquals(FORM_LINES, lines(utf8));
        assertEquals(FORM_LINES, lines(concat(bytes(0xEF, 0xBB, 0xBF), utf8)));
    }

    @Test
    void utf16WithBomsAndWithout() throws UnreadableInputException {
        assertEquals(FORM_LINES, lines(concat(bytes(0xFF, 0xFE), FORM.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(FORM_LINES, lines(concat(bytes(0xFE, 0xFF), FORM.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals(FORM_LINES, lines(FORM.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(FORM_LINES, lines(FORM.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void aReplacementCharacterInValidUtf8IsKeptAndOneInMalformedUtf8MeansGb18030() throws UnreadableInputException {
        assertEquals(List.of("得分\uFFFD 9.5"), lines("得分\uFFFD 9.5".getBytes(StandardCharsets.UTF_8)));
        byte[] notUtf8 = concat(bytes(0xEF, 0xBF, 0xBD, 'x'), "得分".getBytes(Charset.forName("GBK")));
        assertEquals(List.of(new String(notUtf8, Charset.forName("GB18030"))), lines(notUtf8));
    }

    @Test
    void theWholeFileDecidesBetweenUtf8AndGbkNotItsFirstKilobyte() throws UnreadableInputException {
        String longAscii = "x".repeat(1100);
        byte[] gbkLate = concat(longAscii.getBytes(StandardCharsets.US_ASCII), "得分".getBytes(Charset.forName("GBK")));
        assertEquals(List.of(longAscii + "得分"), lines(gbkLate));
        String ascii = "x".repeat(1023);
        byte[] utf8AcrossTheFirstKilobyte = (ascii + "得分").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(ascii + "得分"), lines(utf8AcrossTheFirstKilobyte));
    }

    @Test
    void gbkBytesOfAChineseFormLine() throws UnreadableInputException {
        byte[] gbk = ("主管部门 北京市应急管理局 实施单位 北京市应急管理局机关\r\n" + FUNDING_LINE).getBytes(Charset.forName("GBK"));
        assertEquals(List.of("主管部门 北京市应急管理局 实施单位 北京市应急管理局机关", FUNDING_LINE), lines(gbk));
    }

    @Test
    void seedFormReadsTheSameInEveryWindowsEncoding() throws IOException, UnreadableInputException {
        String seed = Files.readString(Path.of("samples/000_abdcfc8520cbd6f1.txt"), StandardCharsets.UTF_8);
        List<String> expected = TextDecoder.decode("000", seed.getBytes(StandardCharsets.UTF_8)).lines();
        String crlf = seed.replace("\n", "\r\n");

        assertEquals(165, expected.size());
        assertEquals("项目支出绩效自评表", expected.get(1));
        assertEquals(expected, lines(crlf.getBytes(Charset.forName("GB18030"))));
        assertEquals(expected, lines(concat(bytes(0xFF, 0xFE), crlf.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(expected, lines(crlf.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void crlfCrAndLfEndLines() throws UnreadableInputException {
        SourceText text = TextDecoder.decode("t.txt", "a\r\nb\rc\nd\r\n\r\ne".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b", "c", "d", "", "e"), text.lines());
        assertEquals(List.of(), text.pages(), "no form feed: no pages");
        assertEquals(null, text.pageOf(2));
    }

    @Test
    void formFeedStartsANewPage() throws UnreadableInputException {
        SourceText text = TextDecoder.decode("t.txt", "第一页\n续表\n\f续\n上\n页\n\f末页".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("第一页", "续表", "续", "上", "页", "末页"), text.lines());
        assertEquals(List.of(1, 1, 2, 2, 2, 3), text.pages());
        assertEquals(2, text.pageOf(3));
    }

    @Test
    void aFormFeedAfterTheLastBreakAddsNoLineAndOneInsideALineIsDropped() throws UnreadableInputException {
        SourceText text = TextDecoder.decode("t.txt", "甲\n乙\f丙\n\f".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("甲", "乙丙"), text.lines());
        assertEquals(List.of(1, 2), text.pages());
    }

    @Test
    void theMarksSaySeparatorsAndTheLongestRunOfSpacesOfTheLines() throws UnreadableInputException {
        assertEquals(new TextMarks(false, false, 0), marks("一级指标二级指标\n项目"));
        assertEquals(new TextMarks(true, false, 1), marks("一级指标 二级指标\ta b"));
        assertEquals(new TextMarks(false, true, 3), marks("a  b\n|   c|\n\u3000\u3000 d"));
        assertEquals(new TextMarks(false, false, 1), marks("a \n b"), "a line break ends a run");
        SourceText joined = TextDecoder.decode("t.txt", "甲 \f 乙".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("甲  乙"), joined.lines());
        assertEquals(2, joined.marks().longestSpaceRun(), "the dropped form feed joins the spaces around it");
    }

    private static TextMarks marks(String text) throws UnreadableInputException {
        return TextDecoder.decode("t.txt", text.getBytes(StandardCharsets.UTF_8)).marks();
    }

    @Test
    void linesAreNormalisedAndRawLinesKept() throws UnreadableInputException {
        SourceText text = TextDecoder.decode("t.txt", "⼀级指标 ⽬标\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("一级指标 目标"), text.lines());
        assertEquals(List.of("⼀级指标 ⽬标"), text.rawLines());
        assertEquals("t.txt", text.path());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreUnreadable() {
        byte[] blank = " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8);
        for (byte[] empty : List.of(new byte[0], bytes(0xEF, 0xBB, 0xBF), blank)) {
            UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> lines(empty));
            assertEquals("empty file", e.getMessage());
        }
    }

    @Test
    void binaryFilesAreUnreadable() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0);
        byte[] controls = bytes('a', 1, 2, 3, 4, 5, 6, 'b', 7, 8, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 'c');
        for (byte[] binary : List.of(png, controls)) {
            UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> lines(binary));
            assertEquals("binary file, not text", e.getMessage());
        }
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreNotText() {
        byte[] invalid = bytes('a', 0x80, 'b', 0xFF, 'c');
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> lines(invalid));
        assertEquals("not text: neither UTF-8, UTF-16 nor GB18030", e.getMessage());
    }
}
