package ziping.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConventionsTest {
    @TempDir
    Path dir;

    @Test
    void thePasswordComesFromTheOptionTheFileOrTheEnvironment() throws IOException {
        Path file = dir.resolve("pw");
        Files.writeString(file, "s3cret\nignored\n");
        Map<String, String> env = Map.of(Password.ENV, "from-env");
        assertEquals("given", Password.of("given", file, env));
        assertEquals("s3cret", Password.of(null, file, env));
        assertEquals("from-env", Password.of(null, null, env));
        assertNull(Password.of(null, null, Map.of()));
    }

    @Test
    void tableWidthAndColoursFollowTheEnvironment() {
        assertEquals(100, Terminal.columns(Map.of("COLUMNS", "100"), false));
        assertEquals(0, Terminal.columns(Map.of(), false), "a file gets long lines");
        assertEquals(0, Terminal.columns(Map.of("COLUMNS", "wide"), false));
        assertTrue(Terminal.colours(Map.of(), true));
        assertFalse(Terminal.colours(Map.of("NO_COLOR", "1"), true));
        assertTrue(Terminal.colours(Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count");
        assertFalse(Terminal.colours(Map.of(), false));
    }

    @Test
    void dashIsStandardOutput() {
        assertNull(OutputPath.of(Path.of("-")));
        assertNull(OutputPath.of(null));
        assertEquals(Path.of("a.csv"), OutputPath.of(Path.of("a.csv")));
    }
}
