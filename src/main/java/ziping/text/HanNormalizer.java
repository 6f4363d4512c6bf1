package ziping.text;

import java.text.Normalizer;

/**
 * Repairs the characters PDF extractors get wrong in Chinese text (NOTES.md §5) and builds cell texts and
 * comparison keys. {@link #normalizeChars} maps one character to one character, so line and column positions stay.
 */
public final class HanNormalizer {
    private static final String CJK_PUNCTUATION = "，。、；：（）《》“”";

    private HanNormalizer() {
    }

    /**
     * Kangxi radicals (U+2F00–2FDF) and CJK Radicals Supplement (U+2E80–2EFF) become their equivalent unified
     * ideograph ({@code ⼀} → {@code 一}); compatibility ideographs (U+F900–FAFF) become their NFC form. A character
     * whose replacement would not be a single UTF-16 unit is kept as it is.
     */
    public static String normalizeChars(String line) {
        if (!hasRadicalOrCompatibility(line)) {
            return line;
        }
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = normalizeChar(chars[i]);
        }
        return new String(chars);
    }

    private static boolean hasRadicalOrCompatibility(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (changes(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #normalizeChars} may change this character: a radical or a compatibility ideograph. */
    public static boolean changes(char c) {
        return c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF;
    }

    static char normalizeChar(char c) {
        if (c >= 0x2E80 && c <= 0x2FDF) {
            return EquivalentIdeographs.of(c);
        }
        if (c >= 0xF900 && c <= 0xFAFF) {
            String nfc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFC);
            return nfc.length() == 1 ? nfc.charAt(0) : c;
        }
        return c;
    }

    /**
     * The text of one table cell: whitespace next to a Han character or CJK punctuation is dropped (extractors
     * insert it between glyphs and at line wraps, even inside a date: {@code 2024年12\n月24日}), any other run of
     * whitespace becomes one space.
     */
    public static String cellText(String s) {
        char[] in = s.toCharArray(); // an array: String.charAt costs far more without C2 (the launcher's C1)
        int i = firstSpace(in);
        if (i < 0) {
            return s;
        }
        char[] out = new char[in.length];
        System.arraycopy(in, 0, out, 0, i);
        int n = i;
        while (i < in.length) {
            char c = in[i];
            if (!Whitespace.isAnySpace(c)) {
                out[n++] = c;
                i++;
                continue;
            }
            int end = i + 1;
            while (end < in.length && Whitespace.isAnySpace(in[end])) {
                end++;
            }
            if (n > 0 && end < in.length
                    && keepsSpace(Character.codePointBefore(out, n), Character.codePointAt(in, end))) {
                out[n++] = ' ';
            }
            i = end;
        }
        return new String(out, 0, n);
    }

    /**
     * Index of the first whitespace character, or -1. Whitespace is tested per UTF-16 unit: no supplementary code
     * point is whitespace, and a surrogate is none either.
     */
    private static int firstSpace(char[] s) {
        for (int i = 0; i < s.length; i++) {
            if (Whitespace.isAnySpace(s[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The key two cell texts are compared by: NFKC of {@link #cellText}, so full-width digits and ，：（）％ are ASCII. */
    public static String comparisonKey(String s) {
        return Normalizer.normalize(cellText(s), Normalizer.Form.NFKC);
    }

    private static boolean keepsSpace(int before, int after) {
        return !isHanOrCjkPunctuation(before) && !isHanOrCjkPunctuation(after);
    }

    private static boolean isHanOrCjkPunctuation(int cp) {
        return isHan(cp) || CJK_PUNCTUATION.indexOf(cp) >= 0;
    }

    /**
     * Answers the CJK Unified Ideographs assigned in Java 17 (U+4E00–9FFC, all Han; later versions only add) and
     * ASCII (none Han) by a range test, since {@link Character.UnicodeScript#of} binary-searches a large table; the
     * rest goes to that lookup.
     */
    public static boolean isHan(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFC) {
            return true;
        }
        if (cp < 0x80) {
            return false;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
