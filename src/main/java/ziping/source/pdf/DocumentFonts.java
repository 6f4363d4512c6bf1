package ziping.source.pdf;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts of one document as its pages select them: a {@link LazyFont} where the font suits one, made once per font
 * dictionary for the whole document, as PDFBox's resource cache makes its fonts; any other font as PDFBox makes it.
 */
final class DocumentFonts {
    private final Map<COSDictionary, LazyFont> lazy = new IdentityHashMap<>();

    /** The font named in the resources, or null when there is none (as {@link PDResources#getFont}). */
    PDFont font(PDResources resources, COSName name) throws IOException {
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        COSBase entry = fonts == null ? null : fonts.getDictionaryObject(name);
        if (entry instanceof COSDictionary dictionary) {
            LazyFont font = lazy.computeIfAbsent(dictionary, LazyFont::of);    // of() is two lookups where it is null
            if (font != null) {
                return font;
            }
        }
        return resources.getFont(name);
    }
}
