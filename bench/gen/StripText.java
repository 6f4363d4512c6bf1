import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PDFBox's PDFTextStripper with default settings, as a user would call it: writes OUT_DIR/&lt;name&gt;.txt (UTF-8) for each
 * PDF. Compiled by bench/accuracy.sh against target/ziping.jar (which holds PDFBox):
 * {@code java -cp target/ziping.jar:target/bench-gen StripText OUT_DIR FILE.pdf...}.
 */
public final class StripText {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            File pdf = new File(args[i]);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                String name = pdf.getName().replaceFirst("\\.pdf$", ".txt");
                Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
            }
        }
    }
}
