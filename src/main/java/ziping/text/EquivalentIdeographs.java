package ziping.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Unicode's EquivalentUnifiedIdeograph.txt (radicals and strokes → unified ideographs), loaded on first use, with the
 * radicals that Simplified Chinese fonts draw as a simplified character: a PDF whose ToUnicode map was built from
 * such a font's cmap (Chromium/Skia writes the lowest code point of a glyph) says ⼾ (U+2F3E) where the page shows
 * 户, and Unicode's data would make it the traditional 戶.
 */
final class EquivalentIdeographs {
    private static final String RESOURCE = "/ziping/EquivalentUnifiedIdeograph.txt";
    private static final Map<Character, Character> SIMPLIFIED = Map.of('\u2F3E', '户');

    private EquivalentIdeographs() {
    }

    /** The unified ideograph equivalent to {@code c}, or {@code c} itself when the data has none. */
    static char of(char c) {
        Character simplified = SIMPLIFIED.get(c);
        return simplified != null ? simplified : Table.MAP.getOrDefault(c, c);
    }

    /** Holder: the JVM loads the table once, when {@link #of} first needs it. */
    private static final class Table {
        static final Map<Character, Character> MAP = load();

        private static Map<Character, Character> load() {
            Map<Character, Character> map = new HashMap<>();
            try (InputStream in = EquivalentIdeographs.class.getResourceAsStream(RESOURCE);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    addMapping(map, line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return map;
        }

        /** A data line: {@code 2E8C..2E8D ; 5C0F  # comment}. Only BMP code points map to single chars. */
        private static void addMapping(Map<Character, Character> map, String line) {
            String data = line.split("#", 2)[0].trim();
            if (data.isEmpty()) {
                return;
            }
            String[] fields = data.split(";");
            String[] range = fields[0].trim().split("\\.\\.");
            int from = Integer.parseInt(range[0], 16);
            int to = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
            int target = Integer.parseInt(fields[1].trim(), 16);
            if (to > 0xFFFF || target > 0xFFFF) {
                return;
            }
            for (int cp = from; cp <= to; cp++) {
                map.put((char) cp, (char) target);
            }
        }
    }
}
