package ziping.api;

import ziping.result.FileStatus;
import ziping.result.ParsedFile;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.grid.Grid;
import ziping.parse.ParsedForm;
import ziping.read.FormReader;
import ziping.source.html.HtmlReader;
import ziping.source.office.OfficeReader;
import ziping.source.pdf.PdfReader;
import ziping.testing.Golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same forms read from each format units publish give the same model as from their PDF, field by field (every
 * string, figure and measure with its printed scale, and every parse finding): src/test/resources/office/ holds the
 * seed forms as xlsx, xls, docx and HTML (made by src/test/fixtures/office/make_office.py with the layout of the
 * PDFs). Only where a field was found (its span: lines and pages) may differ, since each source counts rows its way.
 */
class OfficeFormsTest {
    private static final Path OFFICE = Path.of("src/test/resources/office");
    private static final Path PDF = Path.of("src/test/resources/pdf");
    private static final Map<String, List<ParsedForm>> FROM_PDF = new ConcurrentHashMap<>();

    @ParameterizedTest
    @CsvSource({
        "000,xlsx,1", "000,xls,1", "000,docx,1", "000,html,1",
        "001,xlsx,1", "001,xls,1", "001,docx,1", "001,html,1",
        "003,xlsx,14", "003,xls,14", "003,docx,14", "003,html,14",
    })
    void eachFormatGivesThePdfsModel(String seed, String format, int forms) throws Exception {
        Path file = OFFICE.resolve(seed + "." + format);
        List<ParsedForm> fromPdf = FROM_PDF.computeIfAbsent(seed, OfficeFormsTest::readPdf);
        List<ParsedForm> fromFormat = FormReader.read(grid(file));

        assertEquals(forms, fromPdf.size());
        List<String> diffs = new ArrayList<>();
        Golden.diff("$", Golden.withoutSpans(Golden.tree(fromPdf)), Golden.withoutSpans(Golden.tree(fromFormat)),
                diffs);
        assertEquals(List.of(), diffs);

        ParsedFile parsed = new Ziping(Ziping.Options.defaults()).parse(file);
        assertEquals(FileStatus.OK, parsed.status());
        JsonNode throughTheApi = Golden.withoutSpans(Golden.tree(parsed.forms()));
        assertEquals(Golden.withoutSpans(Golden.tree(fromFormat)), throughTheApi);
    }

    private static List<ParsedForm> readPdf(String seed) {
        Path pdf = PDF.resolve(seed + ".pdf");
        try {
            return FormReader.read(PdfReader.read(pdf.toString(), Files.readAllBytes(pdf), null).grid());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The grid of an office file or HTML page. */
    static Grid grid(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return file.toString().endsWith(".html") ? HtmlReader.read(file.toString(), bytes)
                : OfficeReader.read(file.toString(), bytes, null).grid();
    }
}
