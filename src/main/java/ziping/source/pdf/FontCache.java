package ziping.source.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PDFBox keeps a cache of the system fonts it scanned ({@code .pdfbox.cache}) in the folder named by the system
 * property {@code pdfbox.fontcache}, by default the home folder. Unless that property is set, ziping points it at its
 * user cache folder, {@code $XDG_CACHE_HOME/ziping} (default {@code ~/.cache/ziping}), or the temporary folder when
 * that cannot be made.
 */
final class FontCache {
    static final String PROPERTY = "pdfbox.fontcache";

    private FontCache() {
    }

    static void keepOutOfHome() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, folder().toString());
        }
    }

    private static Path folder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        Path folder = base.resolve("ziping");
        try {
            Files.createDirectories(folder);
            if (Files.isWritable(folder)) {
                return folder;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the temporary folder
        }
        return new File(System.getProperty("java.io.tmpdir")).toPath();
    }
}
