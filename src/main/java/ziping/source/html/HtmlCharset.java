package ziping.source.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ziping.source.EncodingDetector;
import ziping.source.UnreadableInputException;

/**
 * Decodes an HTML page as a browser would: a byte order mark first, then the charset a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="…; charset=…">} in the first {@value #HEAD} bytes declares, then
 * the sniff of text files ({@link EncodingDetector}: UTF-8, else GB18030). The labels gb2312, gbk and x-gbk decode
 * as GB18030, their superset, as browsers do.
 */
final class HtmlCharset {
    private static final int HEAD = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private HtmlCharset() {
    }

    static String decode(byte[] bytes) throws UnreadableInputException {
        Charset declared = hasByteOrderMark(bytes) ? null : declared(bytes);
        if (declared == null) {
            return EncodingDetector.decode(bytes);
        }
        return new String(bytes, declared);
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    /** The charset the page's head declares, or null if none or one Java does not know. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (label.equals("gb2312") || label.equals("gbk") || label.equals("x-gbk") || label.equals("gb18030")) {
            return GB18030;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
