package ziping.cli;

import org.junit.jupiter.api.Test;
import ziping.testing.Seeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up: checking text must not load PDFBox or fontbox, whose classes take time to load. */
class LazyPdfLoadingTest {

    private static List<String> loadedClasses(String input) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", input, "--format", "json", "-o", "/dev/null")
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), () -> String.join("\n", lines.subList(Math.max(0, lines.size() - 20),
                lines.size())));
        return lines;
    }

    @Test
    void textInputLoadsNoPdfClassesButPdfInputDoes() throws IOException, InterruptedException {
        List<String> text = loadedClasses(Seeds.path(Seeds.S000).toString());
        assertTrue(text.stream().anyMatch(l -> l.contains("ziping.parse.FormParser")), "the text was parsed");
        assertEquals(List.of(), text.stream().filter(l -> l.contains("org.apache.pdfbox")
                || l.contains("org.apache.fontbox") || l.contains("ziping.source.pdf")).toList());

        List<String> pdf = loadedClasses("src/test/resources/pdf/000.pdf");
        assertTrue(pdf.stream().anyMatch(l -> l.contains("org.apache.pdfbox.Loader")), "the PDF was read");
    }
}
