package ziping.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code ziping/lexicon.json}, read once for the two classes that take their parts of it: {@code ziping.read.Lexicon}
 * (titles, headers, labels of blocks and rows) and {@code ziping.parse.IndicatorLabels} (the 一级/二级 labels).
 */
public final class LexiconFile {
    private static final String RESOURCE = "/ziping/lexicon.json";
    private static final JsonObject JSON = load();

    private LexiconFile() {
    }

    public static JsonObject json() {
        return JSON;
    }

    private static JsonObject load() {
        try (InputStream in = LexiconFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return JsonObject.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
