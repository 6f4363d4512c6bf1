package ziping.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of a text file and decodes it strictly: a byte order mark, else valid UTF-8, else UTF-16
 * without a mark (NUL bytes at every other position), else GB18030 (which covers GBK and GB2312).
 */
public final class EncodingDetector {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** UTF-16 without BOM: at least this share of the code units at one parity are NUL bytes (ASCII characters). */
    private static final double UTF16_NUL_SHARE = 0.1;
    /** … and the other parity has at most a quarter as many. */
    private static final int OTHER_PARITY_FACTOR = 4;

    private EncodingDetector() {
    }

    public static String decode(byte[] b) throws UnreadableInputException {
        return decodeChars(b).toString();
    }

    /** The decoded text as a buffer over a char array from its start to its limit (the array may be longer). */
    public static CharBuffer decodeChars(byte[] b) throws UnreadableInputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(b, 3, StandardCharsets.UTF_8, "invalid UTF-8 after a UTF-8 byte order mark");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "invalid UTF-16LE after a byte order mark");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "invalid UTF-16BE after a byte order mark");
        }
        CharBuffer utf8 = decodeStrictly(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null && !holdsNul(utf8)) {
            return utf8; // no NUL byte (in UTF-8 one is always U+0000), so neither UTF-16 nor binary
        }
        int[] nuls = nuls(b);
        Charset utf16 = utf16WithoutBom(b.length, nuls[0], nuls[1]);
        if (utf16 != null) {
            return strict(b, 0, utf16, "binary file, not text");
        }
        if (nuls[0] + nuls[1] > 0) {
            throw new UnreadableInputException("binary file, not text");
        }
        return strict(b, 0, GB18030, "not text: neither UTF-8, UTF-16 nor GB18030");
    }

    /**
     * Whether the decoded text holds U+0000: a pass over its characters, fewer than the bytes the NUL count below
     * reads (a Han character is three bytes of UTF-8), so valid UTF-8, the common case, skips that count.
     */
    private static boolean holdsNul(CharBuffer text) {
        char[] chars = text.array();
        for (int i = 0; i < text.limit(); i++) {
            if (chars[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16LE when NULs sit mostly at odd positions (ASCII in little endian), UTF-16BE when at even ones. */
    private static Charset utf16WithoutBom(int length, int even, int odd) {
        int units = length / 2;
        if (length % 2 != 0 || units == 0) {
            return null;
        }
        if (isDominant(odd, even, units)) {
            return StandardCharsets.UTF_16LE;
        }
        return isDominant(even, odd, units) ? StandardCharsets.UTF_16BE : null;
    }

    /** The NUL bytes at even (index 0) and at odd (1) positions, counted in one pass. */
    private static int[] nuls(byte[] b) {
        int even = 0;
        int odd = 0;
        int i = 0;
        for (; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                even++;
            }
            if (b[i + 1] == 0) {
                odd++;
            }
        }
        if (i < b.length && b[i] == 0) {
            even++;
        }
        return new int[] {even, odd};
    }

    /** Many NULs at one parity, few at the other (ideographs such as U+4E00 一 have a NUL byte too). */
    private static boolean isDominant(int nuls, int otherNuls, int units) {
        return nuls >= Math.max(1, units * UTF16_NUL_SHARE) && otherNuls * OTHER_PARITY_FACTOR <= nuls;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static CharBuffer strict(byte[] b, int offset, Charset cs, String failure)
            throws UnreadableInputException {
        CharBuffer text = decodeStrictly(b, offset, cs);
        if (text == null) {
            throw new UnreadableInputException(failure);
        }
        return text;
    }

    /**
     * Decodes with a reporting decoder straight into a char array as long as the input (no charset ziping reads
     * makes more chars than bytes), or null where the bytes are malformed or unmappable. One pass, and the array is
     * what the text reader scans: without C2 (the launcher runs C1) that costs half of decoding to a String, looking
     * for U+FFFD in it and copying it out again. The decoder stops at the first bad sequence, so a GBK file is not
     * decoded whole as UTF-8 first: it fails within its first Chinese character.
     */
    private static CharBuffer decodeStrictly(byte[] b, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(b.length - offset);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() || result.isOverflow() || decoder.flush(out).isError()) {
            return null;
        }
        return out.flip();
    }
}
