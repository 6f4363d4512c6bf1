import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Point2D;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a PDF holds as PDFBox 3.0.3 sees it: its fonts (subtype, ToUnicode), the text's unusual code points (Kangxi
 * radicals, CJK compatibility ideographs, variants such as 戶 ⩾) and how rulings are drawn (stroked paths, filled
 * rectangles, other filled paths). Used to write bench/gen/README.md:
 * {@code java -cp target/ziping.jar:target/bench-gen PdfProbe FILE.pdf...}.
 */
public final class PdfProbe {
    public static void main(String[] args) throws IOException {
        for (String name : args) {
            try (PDDocument doc = Loader.loadPDF(new File(name))) {
                System.out.println("== " + name + " pages " + doc.getNumberOfPages());
                Map<String, Integer> fonts = new TreeMap<>();
                Map<String, Integer> paths = new TreeMap<>();
                for (PDPage page : doc.getPages()) {
                    fonts(page.getResources(), fonts);
                    Painter painter = new Painter(page);
                    painter.processPage(page);
                    painter.counts.forEach((k, v) -> paths.merge(k, v, Integer::sum));
                }
                System.out.println("fonts " + fonts);
                System.out.println("paths " + paths);
                Map<String, Integer> odd = new TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        for (int cp : text.getUnicode().codePoints().toArray()) {
                            if (cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp == 0x6236
                                    || cp == 0x2A7E || cp == 0x2A7D || cp == 0x2265 || cp == 0x2264 || cp == 0x6237
                                    || cp == 0xFFFD) {
                                odd.merge(new String(Character.toChars(cp)) + String.format("U+%04X", cp), 1,
                                        Integer::sum);
                            }
                        }
                        super.processTextPosition(text);
                    }
                };
                stripper.getText(doc);
                System.out.println("code points " + odd);
            }
        }
    }

    private static void fonts(PDResources resources, Map<String, Integer> fonts) throws IOException {
        for (COSName fontName : resources.getFontNames()) {
            PDFont font = resources.getFont(fontName);
            String key = font.getSubType() + (font.getCOSObject().containsKey(COSName.TO_UNICODE) ? "+ToUnicode" : "")
                    + " " + font.getName();
            fonts.merge(key.replaceAll("[A-Z]{6}\\+", ""), 1, Integer::sum);
        }
    }

    /** Counts painted paths by how they were built (rectangles, lines, curves) and painted (stroke, fill). */
    private static final class Painter extends PDFGraphicsStreamEngine {
        final Map<String, Integer> counts = new TreeMap<>();
        private int rects;
        private int lines;
        private int curves;

        Painter(PDPage page) {
            super(page);
        }

        private void paint(String how) {
            String shape = rects > 0 && lines == 0 && curves == 0
                    ? "rect" + (rects > 1 ? "s" : "") + (minSide <= 2 ? "(thin)" : "(wide)")
                    : curves > 0 ? "curves" : lines > 0 ? (rects > 0 ? "mixed" : "lines") : "empty";
            counts.merge(how + ":" + shape, 1, Integer::sum);
            rects = lines = curves = 0;
        }

        private double minSide = Double.MAX_VALUE;

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rects++;
            minSide = Math.min(minSide, Math.min(Math.abs(p2.getX() - p0.getX()), Math.abs(p2.getY() - p0.getY())));
        }

        /** Glyphs of Type 3 fonts are paths too; they are not rulings, so they are not counted. */
        @Override protected void showType3Glyph(org.apache.pdfbox.util.Matrix textRenderingMatrix,
                org.apache.pdfbox.pdmodel.font.PDType3Font font, int code,
                org.apache.pdfbox.util.Vector displacement) { }
        @Override public void drawImage(PDImage pdImage) { counts.merge("image", 1, Integer::sum); }
        @Override public void clip(int windingRule) { counts.merge("clip", 1, Integer::sum); }
        @Override public void moveTo(float x, float y) { }
        @Override public void lineTo(float x, float y) { lines++; }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { curves++; }
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(0, 0); }
        @Override public void closePath() { }
        @Override public void endPath() { rects = lines = curves = 0; }
        @Override public void strokePath() { paint("stroke"); }
        @Override public void fillPath(int windingRule) { paint("fill"); }
        @Override public void fillAndStrokePath(int windingRule) { paint("fillstroke"); }
        @Override public void shadingFill(COSName shadingName) { counts.merge("shading", 1, Integer::sum); }
    }
}
