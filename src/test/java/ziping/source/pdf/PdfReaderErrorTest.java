package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import ziping.source.SourceText;
import ziping.source.UnreadableInputException;

/** Unreadable PDFs give an {@link UnreadableInputException} whose message says why. */
class PdfReaderErrorTest {

    @Test
    void encryptedPdfNeedsThePassword() throws Exception {
        byte[] encrypted = save(textDocument("Total 100", "secret"));

        assertEquals("encrypted PDF: a password is needed (--password)", message(encrypted, null));
        assertEquals("encrypted PDF: the password is wrong (hint: check --password, --password-file or ZIPING_PASSWORD)",
                message(encrypted, "wrong"));
        assertEquals("Total 100", PdfReader.read("e.pdf", encrypted, "secret").text().lines().get(0));
    }

    @Test
    void randomBytesAreACorruptPdf() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertTrue(message(garbage, null).startsWith("corrupt PDF: "), message(garbage, null));
    }

    @Test
    void pagesWithoutGlyphsNeedOcr() throws Exception {
        PDDocument blank = new PDDocument();
        blank.addPage(new PDPage());
        blank.addPage(new PDPage());

        assertEquals("no text layer (a scanned image): OCR is needed", message(save(blank), null));
    }

    /** PDFBox 3.0.8 no longer overflows its stack here: it gives up on the object, and says so. */
    @Test
    void deeplyNestedContentIsRefusedWithoutEscapingStackOverflow() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        String pdf = "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents[4 0 R]>> endobj\n"
                + "4 0 obj " + nested + " endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

        assertEquals("no text could be read, the content is damaged: Can't dereference COSObject{4 0 R}",
                message(pdf.getBytes(StandardCharsets.US_ASCII), null));
    }

    @Test
    void tooManyPagesAreRefused() throws Exception {
        PDDocument huge = new PDDocument();
        for (int i = 0; i <= PdfReader.MAX_PAGES; i++) {
            huge.addPage(new PDPage());
        }

        assertEquals("too many pages (2001)", message(save(huge), null));
    }

    @Test
    void interruptedReadingStopsForTheTimeBudget() throws Exception {
        byte[] pdf = save(textDocument("Total 100", null));
        Thread.currentThread().interrupt();
        try {
            assertEquals("interrupted: time budget exceeded", message(pdf, null));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void plainTextPageIsReadInStreamMode() throws Exception {
        SourceText text = PdfReader.read("t.pdf", save(textDocument("Total 100", null)), null).text();

        assertEquals(java.util.List.of("Total 100"), text.lines());
        assertEquals(java.util.List.of(1), text.pages());
    }

    private static String message(byte[] pdf, String password) {
        return assertThrows(UnreadableInputException.class, () -> PdfReader.read("bad.pdf", pdf, password))
                .getMessage();
    }

    private static PDDocument textDocument(String text, String password) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        if (password != null) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        }
        return document;
    }

    private static byte[] save(PDDocument document) throws IOException {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }
}
