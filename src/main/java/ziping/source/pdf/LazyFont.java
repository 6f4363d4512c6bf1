package ziping.source.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;

/**
 * A simple font (Type 1, TrueType) read from its dictionary alone as far as the dictionary answers: the text of a code
 * from the ToUnicode CMap, its width from /Widths. PDFBox parses an embedded font program as soon as it makes a font,
 * and for LibreOffice's embedded Type 1 fonts that is about a fifth of reading a page (decrypting every charstring),
 * though reading needs nothing from it. Whatever the dictionary does not answer (a code the CMap does not map, a width
 * it does not give, the font's boxes) is asked of the font PDFBox makes, made on first need, so every answer is
 * PDFBox's own.
 */
final class LazyFont extends PDFont {
    private PDFont full;

    private LazyFont(COSDictionary dictionary) {
        super(dictionary);
    }

    /** A font for the dictionary: lazy where that saves work (a simple font with a ToUnicode CMap), else null. */
    static LazyFont of(COSDictionary dictionary) {
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        boolean simple = COSName.TYPE1.equals(subtype) || COSName.MM_TYPE1.equals(subtype)
                || COSName.TRUE_TYPE.equals(subtype);
        return simple && dictionary.containsKey(COSName.TO_UNICODE) ? new LazyFont(dictionary) : null;
    }

    private PDFont full() {
        if (full == null) {
            try {
                full = PDFontFactory.createFont(dict);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return full;
    }

    @Override
    public String toUnicode(int code) {
        String unicode = super.toUnicode(code);
        return unicode != null ? unicode : full().toUnicode(code);
    }

    @Override
    public String toUnicode(int code, GlyphList glyphList) {
        String unicode = super.toUnicode(code);
        return unicode != null ? unicode : full().toUnicode(code, glyphList);
    }

    /** One byte a code, as in every simple font. */
    @Override
    public int readCode(InputStream in) throws IOException {
        return in.read();
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    public String getName() {
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    /** Reached from {@link PDFont#getWidth} only where /Widths does not give the width. */
    @Override
    protected float getStandard14Width(int code) {
        try {
            return full().getWidth(code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return full().getWidthFromFont(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return full().hasExplicitWidth(code);
    }

    @Override
    public Matrix getFontMatrix() {
        return full().getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return full().getBoundingBox();
    }

    @Override
    public float getHeight(int code) throws IOException {
        return full().getHeight(code);
    }

    @Override
    public boolean isEmbedded() {
        return full().isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return full().isDamaged();
    }

    @Override
    protected byte[] encode(int unicode) throws IOException {
        return full().encode(new String(Character.toChars(unicode)));
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("a font read from a PDF is not subset");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("a font read from a PDF is not subset");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }
}
