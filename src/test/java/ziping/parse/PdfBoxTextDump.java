package ziping.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the PDFTextStripper text (PDFBox, default settings) of each given fixture PDF next to it as
 * {@code <seed>.pdfbox.txt}. Not a test: run by hand to regenerate the fixtures (see src/test/fixtures/pdf/README.md).
 */
public final class PdfBoxTextDump {
    private PdfBoxTextDump() {
    }

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path pdf = Path.of(arg);
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", ".pdfbox.txt");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                Files.writeString(pdf.resolveSibling(name), new PDFTextStripper().getText(doc), StandardCharsets.UTF_8);
            }
        }
    }
}
