package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.source.SourceText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class BoxDebugTest {
    @Test
    void dump() throws Exception {
        String f = System.getProperty("box.file");
        if (f == null) {
            return;
        }
        List<String> lines = Files.readAllLines(Path.of(f));
        SourceText text = new SourceText(f, lines, lines, List.of());
        for (TextRow r : BoxText.rows(text)) {
            System.out.println(r.line() + " " + r.table() + " " + String.join(" | ", r.cells()));
        }
    }
}
