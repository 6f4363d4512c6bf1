package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import ziping.source.SourceText;

/**
 * Tables drawn directly with PDFBox, for producer habits LibreOffice does not show: borders as thin filled
 * rectangles, fake bold by overprinting, text clipped away, a page displayed rotated.
 */
class DrawnTablePdfTest {
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDRectangle LETTER = PDRectangle.LETTER;

    @Test
    void bordersDrawnAsThinFilledRectanglesMakeCellsWithMerges() throws Exception {
        SourceText text = read(0, canvas -> {
            canvas.table(true);
            canvas.write("Title", 50, 80);
            canvas.write("Level", 55, 115);
            canvas.write("Name", 155, 115);
            canvas.write("Name", 155.3f, 115);
            canvas.write("Value", 255, 115);
            canvas.write("Speed", 155, 135);
            canvas.write("10", 255, 135);
            canvas.write("Total", 55, 155);
            canvas.write("20", 255, 155);
            canvas.stream.saveGraphicsState();
            canvas.stream.addRect(250, canvas.top - 140, 100, 20);
            canvas.stream.clip();
            canvas.write("Hidden", 260, 115);
            canvas.stream.restoreGraphicsState();
        });

        assertEquals(List.of("Title", "Level\tName\tValue", "\tSpeed\t10", "Total\t20"), text.lines());
    }

    @Test
    void labelOfAMergedCellDrawnOutsideItsClippedPartIsRecovered() throws Exception {
        SourceText text = read(0, canvas -> {
            canvas.table(false);
            canvas.writeClipped("Level", 55, 300, 50, 100, 100, 40);
            canvas.write("Name", 155, 115);
            canvas.write("Total", 55, 155);
            canvas.writeClipped("Total", 55, 400, 50, 140, 200, 20);
        });

        assertEquals(List.of("Level\tName\t", "Total\t"), text.lines());
    }

    @Test
    void rotatedPageIsReadAsDisplayed() throws Exception {
        SourceText text = read(90, canvas -> {
            canvas.stream.transform(new Matrix(0, 1, -1, 0, LETTER.getWidth(), 0));
            canvas.table(false);
            canvas.write("Level", 55, 115);
            canvas.write("Name", 155, 115);
            canvas.write("Speed", 155, 135);
            canvas.write("Total", 55, 155);
            canvas.write("20", 255, 155);
        });

        assertEquals(List.of("Level\tName\t", "\tSpeed\t", "Total\t20"), text.lines());
    }

    private interface Drawing {
        void draw(Canvas canvas) throws IOException;
    }

    private static SourceText read(int rotation, Drawing drawing) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(LETTER);
            page.setRotation(rotation);
            document.addPage(page);
            float displayHeight = rotation == 0 ? LETTER.getHeight() : LETTER.getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(new Canvas(content, displayHeight));
            }
            document.save(out);
            return PdfReader.read("drawn.pdf", out.toByteArray(), null).text();
        }
    }

    /** Draws in points measured from the top of the page as displayed ({@code top} is its height). */
    private record Canvas(PDPageContentStream stream, float top) {
        private static final float[] XS = {50, 150, 250, 350};
        private static final float[] YS = {100, 120, 140, 160};

        /** A 3 x 3 grid: column 0 merged over rows 0-1, row 2 merged over columns 0-1. */
        void table(boolean filled) throws IOException {
            horizontal(YS[0], XS[0], XS[3], filled);
            horizontal(YS[1], XS[1], XS[3], filled);
            horizontal(YS[2], XS[0], XS[3], filled);
            horizontal(YS[3], XS[0], XS[3], filled);
            vertical(XS[0], YS[0], YS[3], filled);
            vertical(XS[1], YS[0], YS[2], filled);
            vertical(XS[2], YS[0], YS[3], filled);
            vertical(XS[3], YS[0], YS[3], filled);
        }

        void horizontal(float y, float from, float to, boolean filled) throws IOException {
            if (filled) {
                stream.addRect(from, top - y - 0.25f, to - from, 0.5f);
                stream.fill();
            } else {
                stream.moveTo(from, top - y);
                stream.lineTo(to, top - y);
                stream.stroke();
            }
        }

        void vertical(float x, float from, float to, boolean filled) throws IOException {
            if (filled) {
                stream.addRect(x - 0.25f, top - to, 0.5f, to - from);
                stream.fill();
            } else {
                stream.moveTo(x, top - from);
                stream.lineTo(x, top - to);
                stream.stroke();
            }
        }

        /** Writes text clipped to a rectangle given by its top left corner, width and height. */
        void writeClipped(String text, float x, float baseline, float left, float clipTop, float width, float height)
                throws IOException {
            stream.saveGraphicsState();
            stream.addRect(left, top - clipTop - height, width, height);
            stream.clip();
            write(text, x, baseline);
            stream.restoreGraphicsState();
        }

        void write(String text, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(HELVETICA, 10);
            stream.newLineAtOffset(x, top - baseline);
            stream.showText(text);
            stream.endText();
        }
    }
}
