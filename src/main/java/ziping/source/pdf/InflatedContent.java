package ziping.source.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * A page whose content is one Flate stream (what LibreOffice and Chromium write), inflated once into memory, within
 * {@link PageCollector#MAX_CONTENT_BYTES}, and parsed from there. PDFBox parses such a stream through a non-seekable
 * reader over the inflater (a call per byte through two layers, 5 % of reading a PDF in the bench profile); a byte
 * array is the same bytes, read directly. Anything else (several streams, other filters, a stream that does not
 * inflate cleanly) is left to PDFBox's own path, which reads what it can and logs the problem.
 */
final class InflatedContent implements PDContentStream {
    private final PDPage page;
    private final byte[] bytes;

    private InflatedContent(PDPage page, byte[] bytes) {
        this.page = page;
        this.bytes = bytes;
    }

    /**
     * The page's single Flate content stream inflated, or null when the page has no such stream or it does not
     * inflate cleanly.
     *
     * @throws PageLimitException when it inflates to more than {@link PageCollector#MAX_CONTENT_BYTES} (a Flate bomb)
     */
    static InflatedContent of(PDPage page) {
        COSStream stream = page.getCOSObject().getCOSStream(COSName.CONTENTS);
        if (stream == null || !COSName.FLATE_DECODE.equals(stream.getFilters())) {
            return null;
        }
        try (InputStream in = new InflaterInputStream(stream.createRawInputStream())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PageCollector.copyWithinLimit(in, out, 0);
            return new InflatedContent(page, out.toByteArray());
        } catch (IOException damaged) {
            return null;
        }
    }

    @Override
    public InputStream getContents() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public RandomAccessRead getContentsForRandomAccess() {
        return new RandomAccessReadBuffer(bytes);
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() {
        return new RandomAccessReadBuffer(bytes);
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }

    @Override
    public PDRectangle getBBox() {
        return page.getBBox();
    }

    @Override
    public Matrix getMatrix() {
        return page.getMatrix();
    }
}
