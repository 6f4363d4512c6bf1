package ziping.cli;

import org.junit.jupiter.api.Test;
import ziping.testing.Seeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up: checking text must not load PDFBox, fontbox, POI or jsoup, whose classes take time to load; each loads
 * only for the inputs that need it.
 */
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

    private static final List<String> PDF = List.of("org.apache.pdfbox", "org.apache.fontbox", "ziping.source.pdf");
    private static final List<String> OFFICE = List.of("org.apache.poi", "org.apache.xmlbeans",
            "org.apache.commons.compress", "ziping.source.office", "ziping.source.sheet", "ziping.source.docx");
    private static final List<String> HTML = List.of("org.jsoup", "ziping.source.html");

    private static List<String> loadedFrom(List<String> classes, List<String> packages) {
        return classes.stream().filter(l -> packages.stream().anyMatch(l::contains)).toList();
    }

    @Test
    void textInputLoadsNoPdfClassesButPdfInputDoes() throws IOException, InterruptedException {
        List<String> text = loadedClasses(Seeds.path(Seeds.S000).toString());
        assertTrue(text.stream().anyMatch(l -> l.contains("ziping.parse.FormParser")), "the text was parsed");
        assertEquals(List.of(), loadedFrom(text, PDF));
        assertEquals(List.of(), loadedFrom(text, OFFICE));
        assertEquals(List.of(), loadedFrom(text, HTML));

        List<String> pdf = loadedClasses("src/test/resources/pdf/000.pdf");
        assertTrue(pdf.stream().anyMatch(l -> l.contains("org.apache.pdfbox.Loader")), "the PDF was read");
        assertEquals(List.of(), loadedFrom(pdf, OFFICE));
        assertEquals(List.of(), loadedFrom(pdf, HTML));
    }

    @Test
    void officeInputLoadsPoiButNotJsoupAndHtmlInputTheOtherWay() throws IOException, InterruptedException {
        List<String> workbook = loadedClasses("src/test/resources/office/000.xlsx");
        assertTrue(workbook.stream().anyMatch(l -> l.contains("ziping.source.sheet.XlsxReader")), "read");
        assertEquals(List.of(), loadedFrom(workbook, HTML));
        assertEquals(List.of(), loadedFrom(workbook, PDF));

        List<String> page = loadedClasses("src/test/resources/office/000.html");
        assertTrue(page.stream().anyMatch(l -> l.contains("ziping.source.html.HtmlReader")), "read");
        assertEquals(List.of(), loadedFrom(page, OFFICE));
        assertEquals(List.of(), loadedFrom(page, PDF));
    }
}
