package ziping.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The inputs that stalled a batch or did harm (issue 10), made on the fly: small ones are also committed under
 * src/test/resources/hostile/ by {@link #main} (run it from the project folder to remake them), big ones are made by
 * the tests at test time. Each is named for what it does.
 */
public final class HostileInputs {
    public static final Path COMMITTED = Path.of("src/test/resources/hostile");
    public static final Path SAMPLE_PDF = Path.of("src/test/resources/pdf/000.pdf");
    public static final Path SAMPLE_TEXT = Path.of("samples/000_abdcfc8520cbd6f1.txt");

    private HostileInputs() {
    }

    /** Writes the small fixtures to src/test/resources/hostile/. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(COMMITTED);
        Files.write(COMMITTED.resolve("self-drawing-xobject.pdf"), selfDrawingXObject());
        Files.write(COMMITTED.resolve("xobject-fan-out.pdf"), xobjectFanOut(20, 4));
        Files.write(COMMITTED.resolve("flate-bomb.pdf"), flateBomb(64));
        Files.write(COMMITTED.resolve("rotate-180.pdf"), rotated(Files.readAllBytes(SAMPLE_PDF), 180));
        Files.write(COMMITTED.resolve("escapes.txt"), escapes().getBytes(StandardCharsets.UTF_8));
        Files.write(COMMITTED.resolve("long-decimals.txt"), longDecimals(10_001).getBytes(StandardCharsets.UTF_8));
    }

    /** The big ones, made at test time into {@code dir}; with the committed ones, every stalling case. */
    public static List<Path> writeBig(Path dir) throws IOException {
        List<Path> made = new ArrayList<>();
        made.add(write(dir.resolve("xobject-chain-5000.pdf"), xobjectChain(5_000)));
        made.add(write(dir.resolve("glyphs-400000.pdf"), glyphPage(400_000)));
        made.add(write(dir.resolve("one-character-lines.txt"), oneCharacterLines(100_000)));
        made.add(write(dir.resolve("million-digits.txt"), millionDigits()));
        return made;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }

    /** A page drawing form X, which draws itself twice: 2^depth work under PDFBox's own recursion guard. */
    public static byte[] selfDrawingXObject() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("X"), form);
            form.setResources(resources);
            try (OutputStream out = form.getContentStream().createOutputStream()) {
                out.write("/X Do /X Do\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setResources(resources);
            content(document, page, "/X Do\n");
            return save(document);
        }
    }

    /** Forms F0 … F(depth-1), each drawing the next {@code fanOut} times: fanOut^depth draws. */
    public static byte[] xobjectFanOut(int depth, int fanOut) throws IOException {
        return xobjects(depth, ("/N Do ").repeat(fanOut));
    }

    /**
     * Forms nested {@code depth} deep, each drawing the next once; written by hand, since PDFBox's own writer
     * overflows its stack on such a chain.
     */
    public static byte[] xobjectChain(int depth) {
        List<String> objects = new ArrayList<>();
        objects.add("<</Type/Catalog/Pages 2 0 R>>");
        objects.add("<</Type/Pages/Kids[3 0 R]/Count 1>>");
        objects.add("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</N 5 0 R>>>>"
                + "/Contents 4 0 R>>");
        objects.add(stream("", "/N Do\n"));
        for (int level = 0; level < depth; level++) {
            int next = 6 + level;
            String resources = level < depth - 1 ? "/Resources<</XObject<</N " + next + " 0 R>>>>" : "";
            objects.add(stream("/Type/XObject/Subtype/Form/BBox[0 0 595 842]" + resources,
                    level < depth - 1 ? "0 0 m 10 0 l S /N Do\n" : "0 0 m 10 0 l S\n"));
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<</Size ").append(objects.size() + 1).append("/Root 1 0 R>>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String stream(String dictionary, String content) {
        return "<<" + dictionary + "/Length " + content.length() + ">>\nstream\n" + content + "\nendstream";
    }

    private static byte[] xobjects(int depth, String draws) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject next = null;
            for (int level = depth - 1; level >= 0; level--) {
                PDFormXObject form = new PDFormXObject(document);
                form.setBBox(PDRectangle.A4);
                String body = "q Q\n";
                if (next != null) {
                    PDResources resources = new PDResources();
                    resources.put(COSName.getPDFName("N"), next);
                    form.setResources(resources);
                    body += draws + "\n";
                }
                try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(body.getBytes(StandardCharsets.US_ASCII));
                }
                next = form;
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("N"), next);
            page.setResources(resources);
            content(document, page, "/N Do\n");
            return save(document);
        }
    }

    /** A page whose content stream inflates to {@code megabytes} MB of zeros (a Flate bomb). */
    public static byte[] flateBomb(int megabytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(9))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                deflate.write(zeros);
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(compressed.toByteArray());
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            return save(document);
        }
    }

    /** One page of {@code glyphs} glyphs "1" in Helvetica, rows of 1,000. */
    public static byte[] glyphPage(int glyphs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
                content.newLineAtOffset(10, 800);
                for (int row = 0; row < glyphs / 1000; row++) {
                    content.showText("1".repeat(1000));
                    content.newLineAtOffset(0, -1);
                }
                content.endText();
            }
            return save(document);
        }
    }

    /** One page ruled by {@code lines} horizontal and {@code lines} vertical lines: a grid of (lines - 1)² boxes. */
    public static byte[] ruledGrid(int lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(2000, 2000));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(0.5f);
                float step = 1980f / lines;
                for (int i = 0; i < lines; i++) {
                    float at = 10 + i * step;
                    content.moveTo(10, at);
                    content.lineTo(1990, at);
                    content.moveTo(at, 10);
                    content.lineTo(at, 1990);
                }
                content.stroke();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 2);
                content.newLineAtOffset(12, 12);
                content.showText("1");
                content.endText();
            }
            return save(document);
        }
    }

    /**
     * The PDF with every page turned by {@code degrees} (/Rotate) and its content drawn turned back, so it is
     * displayed as before: the same form, read through a rotation.
     */
    public static byte[] rotated(byte[] pdf, int degrees) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                String turn = switch (degrees) {
                    case 90 -> "0 1 -1 0 " + box.getHeight() + " 0";
                    case 180 -> "-1 0 0 -1 " + box.getWidth() + " " + box.getHeight();
                    case 270 -> "0 -1 1 0 0 " + box.getWidth();
                    default -> throw new IllegalArgumentException("degrees: " + degrees);
                };
                if (degrees % 180 != 0) {
                    page.setMediaBox(new PDRectangle(box.getHeight(), box.getWidth()));
                    page.setCropBox(new PDRectangle(box.getHeight(), box.getWidth()));
                } else {
                    page.setCropBox(box);
                }
                try (PDPageContentStream before = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.PREPEND, false)) {
                    before.saveGraphicsState();
                    float[] m = matrix(turn);
                    before.transform(new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]));
                }
                try (PDPageContentStream after = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, false)) {
                    after.restoreGraphicsState();
                }
                page.setRotation(degrees);
            }
            return save(document);
        }
    }

    private static float[] matrix(String six) {
        String[] parts = six.split(" ");
        float[] m = new float[6];
        for (int i = 0; i < 6; i++) {
            m[i] = Float.parseFloat(parts[i]);
        }
        return m;
    }

    /** The sample form with terminal escapes in its project name: set title, clear screen, hidden text. */
    public static String escapes() throws IOException {
        return sample().replace("北京市重点非煤矿山重大灾害风险防控系统建设服务",
                "北京\u001b]0;pwned\u0007市重点\u001b[2J\u001b[8m隐藏\u001b[0m非煤矿山重大灾害风险防控系统建设服务\u009b31m");
    }

    /** The sample form with its execution score printed with {@code decimals} decimals (9.47000…01). */
    public static String longDecimals(int decimals) throws IOException {
        return replaceFirstScore(sample(), "9." + "4".repeat(decimals - 1) + "7");
    }

    /** The sample form whose execution score is a number of a million digits. */
    public static byte[] millionDigits() throws IOException {
        return replaceFirstScore(sample(), "9" + "0".repeat(999_999)).getBytes(StandardCharsets.UTF_8);
    }

    /** 100,000 lines of one character each. */
    public static byte[] oneCharacterLines(int lines) {
        return "字\n".repeat(lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceFirstScore(String form, String score) {
        String row = "年度资金总额 271.999360 271.999360 257.480000 10.00 94.66% 9.47";
        if (!form.contains(row)) {
            throw new IllegalStateException("the sample's funding row changed");
        }
        return form.replace(row, "年度资金总额 271.999360 271.999360 257.480000 10.00 94.66% " + score);
    }

    private static String sample() throws IOException {
        return Files.readString(SAMPLE_TEXT);
    }

    private static void content(PDDocument document, PDPage page, String operators) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
