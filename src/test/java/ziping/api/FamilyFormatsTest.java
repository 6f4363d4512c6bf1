package ziping.api;

import org.junit.jupiter.api.Test;
import ziping.parse.ParsedForm;
import ziping.read.FormReader;
import ziping.source.pdf.PdfReader;
import ziping.testing.Golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every form of every template family (src/test/resources/families, made by src/test/fixtures/families) gives the
 * same model, field by field, from its workbook and its HTML page as from its PDF ({@code HN-NS/1.html} holds its
 * note row 注：1、其他资金… inside the table, where the workbook and the PDF print it below: the reader tells a note row
 * from an indicator).
 */
class FamilyFormatsTest {
    private static final Path FAMILIES = Path.of("src/test/resources/families");

    @Test
    void workbookAndPageOfEveryFamilyFormGiveThePdfsModel() throws Exception {
        List<String> compared = new ArrayList<>();
        List<String> diffs = new ArrayList<>();
        for (Path pdf : pdfs()) {
            List<ParsedForm> fromPdf = FormReader.read(PdfReader.read(pdf.toString(), Files.readAllBytes(pdf), null)
                    .grid());
            for (String format : List.of("xlsx", "html")) {
                Path file = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", "." + format));
                String name = FAMILIES.relativize(file).toString();
                Golden.diff(name, Golden.withoutSpans(Golden.tree(fromPdf)),
                        Golden.withoutSpans(Golden.tree(FormReader.read(OfficeFormsTest.grid(file)))), diffs);
                compared.add(name);
            }
        }
        assertEquals(List.of(), diffs);
        assertEquals(2 * 27, compared.size());
    }

    /** The generated forms Chromium printed from HTML (src/test/resources/gen/chromium): each page gives its PDF's model. */
    @Test
    void generatedPagesGiveTheModelOfThePdfsPrintedFromThem() throws Exception {
        Path chromium = Path.of("src/test/resources/gen/chromium");
        List<String> diffs = new ArrayList<>();
        for (String form : List.of("f008", "f009", "f010", "f011")) {
            Path pdf = chromium.resolve(form + ".pdf");
            List<ParsedForm> fromPdf = FormReader.read(PdfReader.read(pdf.toString(), Files.readAllBytes(pdf), null)
                    .grid());
            assertEquals(1, fromPdf.size());
            Golden.diff(form, Golden.withoutSpans(Golden.tree(fromPdf)), Golden.withoutSpans(Golden.tree(
                    FormReader.read(OfficeFormsTest.grid(chromium.resolve("html/" + form + ".html"))))), diffs);
        }
        assertEquals(List.of(), diffs);
    }

    private static List<Path> pdfs() throws IOException {
        try (Stream<Path> files = Files.walk(FAMILIES)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
