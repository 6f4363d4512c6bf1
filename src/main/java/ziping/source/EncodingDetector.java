package ziping.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
    /** What the JDK's replacing decoders put in place of a malformed or unmappable input sequence. */
    private static final char REPLACEMENT = '\uFFFD';
    /** Bytes looked at to tell UTF-8 from GB18030 before decoding a whole file. */
    private static final int SNIFF = 1024;

    private EncodingDetector() {
    }

    public static String decode(byte[] b) throws UnreadableInputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return strict(b, 3, StandardCharsets.UTF_8, "invalid UTF-8 after a UTF-8 byte order mark");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "invalid UTF-16LE after a byte order mark");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "invalid UTF-16BE after a byte order mark");
        }
        int evenNuls = nuls(b, 0);
        int oddNuls = nuls(b, 1);
        Charset utf16 = utf16WithoutBom(b.length, evenNuls, oddNuls);
        if (utf16 != null) {
            return strict(b, 0, utf16, "binary file, not text");
        }
        if (evenNuls + oddNuls > 0) {
            throw new UnreadableInputException("binary file, not text");
        }
        try {
            if (isUtf8Start(b)) {
                return decodeStrictly(b, 0, StandardCharsets.UTF_8);
            }
        } catch (CharacterCodingException notUtf8) {
            // GB18030 below
        }
        return strict(b, 0, GB18030, "not text: neither UTF-8, UTF-16 nor GB18030");
    }

    /**
     * Whether the first {@value #SNIFF} bytes are valid UTF-8 (a sequence cut at the end counts as valid). A GBK
     * file fails within its first Chinese character, so it is not decoded whole as UTF-8 first, only to be thrown
     * away; a file that passes is still decoded strictly in full.
     */
    private static boolean isUtf8Start(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, 0, n), CharBuffer.allocate(n), false);
        return !result.isError();
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

    /** The NUL bytes at even ({@code parity} 0) or odd (1) positions. */
    private static int nuls(byte[] b, int parity) {
        int count = 0;
        for (int i = parity; i < b.length; i += 2) {
            if (b[i] == 0) {
                count++;
            }
        }
        return count;
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

    private static String strict(byte[] b, int offset, Charset cs, String failure) throws UnreadableInputException {
        try {
            return decodeStrictly(b, offset, cs);
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(failure, e);
        }
    }

    /**
     * Decodes with the JDK's fast String path, which replaces malformed or unmappable input by U+FFFD; only when
     * the result holds a U+FFFD (bad input, or a literal U+FFFD in the file) is the text decoded again with a
     * reporting decoder to tell the two apart.
     */
    private static String decodeStrictly(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        String text = new String(b, offset, b.length - offset, cs);
        return text.indexOf(REPLACEMENT) < 0 ? text : decodeReporting(b, offset, cs);
    }

    private static String decodeReporting(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                .toString();
    }
}
