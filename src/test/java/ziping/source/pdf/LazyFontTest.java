package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.junit.jupiter.api.Test;

class LazyFontTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LazyFontTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** Every glyph's text of every page, read between {@link PdfBoxLog#start} and {@link PdfBoxLog#finish}. */
    private record Reading(List<String> glyphs, PdfBoxLog.Problems problems) {
    }

    private static Reading read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            DocumentFonts fonts = new DocumentFonts();
            List<String> glyphs = new ArrayList<>();
            PdfBoxLog.start();
            for (PDPage page : document.getPages()) {
                PageCollector.collect(page, fonts).glyphs().forEach(glyph -> glyphs.add(glyph.text()));
            }
            return new Reading(glyphs, PdfBoxLog.finish());
        }
    }

    @Test
    void readsLibreOfficesType1FontsWithoutParsingTheirEmbeddedPrograms() throws IOException {
        byte[] original = resource("/pdf/000.pdf");
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        int programs = 0;
        try (PDDocument document = Loader.loadPDF(original)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    COSStream program = font.getFontDescriptor().getFontFile().getCOSObject();
                    try (OutputStream out = program.createOutputStream(COSName.FLATE_DECODE)) {
                        out.write("not a font program".getBytes(StandardCharsets.US_ASCII));
                    }
                    programs++;
                }
            }
            document.save(damaged);
        }

        Reading expected = read(original);
        Reading reading = read(damaged.toByteArray());
        assertNotEquals(0, programs);
        assertEquals("项目支出绩效自评表", String.join("", expected.glyphs().subList(0, 9)));
        assertEquals(expected.glyphs(), reading.glyphs());
        assertEquals(PdfBoxLog.Problems.NONE, reading.problems(), "PDFBox never read the damaged programs");
    }

    /** A ToUnicode CMap that maps the one code {@code 41} (A) to 甲. */
    private static final String CMAP_OF_A = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CMapName /OnlyA def
            1 begincodespacerange
            <00> <FF>
            endcodespacerange
            1 beginbfchar
            <41> <7532>
            endbfchar
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """;

    @Test
    void asksTheFontPdfBoxMakesWhatTheCMapDoesNotMap() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font;
            try (InputStream program = PDFont.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDTrueTypeFont.load(document, program, WinAnsiEncoding.INSTANCE);
            }
            COSStream cmap = document.getDocument().createCOSStream();
            try (OutputStream out = cmap.createOutputStream()) {
                out.write(CMAP_OF_A.getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText("AB");
                content.endText();
            }
            document.save(pdf);
        }

        assertEquals(List.of("甲", "B"), read(pdf.toByteArray()).glyphs());
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDResources resources = document.getPage(0).getResources();
            COSName name = resources.getFontNames().iterator().next();
            PDFont lazy = new DocumentFonts().font(resources, name);
            assertInstanceOf(LazyFont.class, lazy);
            assertEquals(resources.getFont(name).getWidth('B'), lazy.getWidth('B'));
            assertEquals(resources.getFont(name).getFontMatrix(), lazy.getFontMatrix());
        }
    }
}
