package ziping.fuzz;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Makes mutants of a seed: a few random edits of its bytes, or of a PDF page's decoded content stream. */
final class Mutator {
    private static final int LARGEST_CHUNK = 4096;

    private Mutator() {
    }

    /** One to four edits: a bit flipped, a byte set, a cut, a chunk duplicated or deleted, a token inserted. */
    static byte[] mutate(byte[] seed, List<String> tokens, Random random) {
        byte[] b = seed;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = random.nextInt(b.length);
            b = switch (random.nextInt(6)) {
                case 0 -> flipBit(b, at, random);
                case 1 -> setByte(b, at, random);
                case 2 -> Arrays.copyOf(b, at);
                case 3 -> insert(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + chunk(random))));
                case 4 -> delete(b, at, Math.min(b.length, at + chunk(random)));
                default -> insert(b, at, tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8));
            };
        }
        return b;
    }

    /**
     * The PDF with one page's content stream replaced by a mutant of its decoded bytes, written uncompressed; the
     * seed mutated as bytes when PDFBox cannot load or save it.
     */
    static byte[] mutateContent(byte[] pdf, List<String> tokens, Random random) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(random.nextInt(document.getNumberOfPages()));
            byte[] content;
            try (InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(mutate(content, tokens, random));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return mutate(pdf, tokens, random);
        }
    }

    private static int chunk(Random random) {
        return 1 + random.nextInt(LARGEST_CHUNK);
    }

    private static byte[] flipBit(byte[] b, int at, Random random) {
        byte[] out = b.clone();
        out[at] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private static byte[] setByte(byte[] b, int at, Random random) {
        byte[] out = b.clone();
        out[at] = (byte) random.nextInt(256);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }

    private static byte[] delete(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }
}
