package ziping.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Character-level clean-up of extracted Chinese text: radicals and compatibility ideographs become unified
 * ideographs, and whitespace inside a table cell is dropped between Han characters.
 */
public final class HanNormalizer {
    private static final String EQUIVALENTS = "/EquivalentUnifiedIdeograph.txt";
    private static final Map<Integer, Integer> RADICAL_TO_IDEOGRAPH = loadEquivalents();

    private HanNormalizer() {
    }

    /**
     * Maps Kangxi radicals and CJK Radicals Supplement to their equivalent unified ideographs (Unicode
     * EquivalentUnifiedIdeograph data) and compatibility ideographs to their canonical forms (NFC).
     */
    public static String normalizeChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(RADICAL_TO_IDEOGRAPH.getOrDefault(cp, cp)));
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The text of one table cell: whitespace between Han characters and around CJK punctuation is dropped,
     * other whitespace runs become one space, and the ends are trimmed.
     */
    public static String cellText(String text) {
        String[] parts = text.strip().split("\\s+");
        StringBuilder out = new StringBuilder(text.length());
        for (String part : parts) {
            if (!out.isEmpty() && !joinsTight(out.codePointBefore(out.length()), part.codePointAt(0))) {
                out.append(' ');
            }
            out.append(part);
        }
        return out.toString();
    }

    private static boolean joinsTight(int before, int after) {
        return isHan(before) && isHan(after) || isCjkPunctuation(before) || isCjkPunctuation(after);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isCjkPunctuation(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return !Character.isLetterOrDigit(cp) && (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS);
    }

    private static Map<Integer, Integer> loadEquivalents() {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = HanNormalizer.class.getResourceAsStream(EQUIVALENTS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> addMapping(map, line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    private static void addMapping(Map<Integer, Integer> map, String line) {
        String[] fields = line.split(";");
        String[] range = fields[0].strip().split("\\.\\.");
        int first = Integer.parseInt(range[0], 16);
        int last = range.length > 1 ? Integer.parseInt(range[1], 16) : first;
        int target = Integer.parseInt(fields[1].strip(), 16);
        for (int cp = first; cp <= last; cp++) {
            map.put(cp, target);
        }
    }
}
