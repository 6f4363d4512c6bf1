package ziping.source.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ziping.source.SourceDocument;
import ziping.source.SourceText;
import ziping.source.UnreadableInputException;

/**
 * Reads a PDF into a grid of cells (see {@link GridAssembler}) and the same rows as cell-lines: every row of a ruled table is one line of tab-separated cell texts, text outside
 * tables is ordinary lines, a table continued over a page break is stitched (see {@link PageLayout},
 * {@link TableStitcher}). {@code lines} have radicals and compatibility ideographs mapped to unified ideographs;
 * {@code rawLines} keep the extracted characters.
 */
public final class PdfReader {
    static final int MAX_PAGES = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);

    static {
        FontCache.keepOutOfHome();
    }

    private PdfReader() {
    }

    /**
     * @param password the user password, or {@code null} for none
     * @throws UnreadableInputException when the PDF is encrypted, corrupt, too large, has no text layer, or the
     *                                  reading thread was interrupted (time budget)
     */
    public static SourceDocument read(String path, byte[] bytes, String password) throws UnreadableInputException {
        PdfBoxLog.start();
        try (PDDocument document = load(bytes, password)) {
            return extract(path, document);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("corrupt PDF: " + e.getMessage(), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new UnreadableInputException("PDF too deeply nested or too large", e);
        } finally {
            PdfBoxLog.Problems problems = PdfBoxLog.finish();
            if (problems.count() > 0) {
                LOG.info("{}: PDFBox reported {} problem(s), the first: {}", path, problems.count(), problems.first());
            }
        }
    }

    private static PDDocument load(byte[] bytes, String password) throws UnreadableInputException {
        try {
            return Loader.loadPDF(bytes, password == null ? "" : password, null, null,
                    IOUtils.createMemoryOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(password == null || password.isEmpty()
                    ? "encrypted PDF: a password is needed (--password)"
                    : "encrypted PDF: the password is wrong"
                            + " (hint: check --password, --password-file or ZIPING_PASSWORD)", e);
        } catch (IOException e) {
            throw new UnreadableInputException("corrupt PDF: " + e.getMessage(), e);
        }
    }

    private static SourceDocument extract(String path, PDDocument document) throws IOException, UnreadableInputException {
        int pageCount = document.getNumberOfPages();
        if (pageCount == 0) {
            throw new UnreadableInputException("corrupt PDF: it has no pages");
        }
        if (pageCount > MAX_PAGES) {
            throw new UnreadableInputException("too many pages (" + pageCount + ")");
        }
        TableStitcher stitcher = new TableStitcher();
        int glyphs = 0;
        int unmapped = 0;
        DocumentFonts fonts = new DocumentFonts();
        for (int index = 0; index < pageCount; index++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreadableInputException("interrupted: time budget exceeded");
            }
            try {
                PageContent content = PageCollector.collect(document.getPage(index), fonts);
                glyphs += content.glyphs().size();
                unmapped += content.unmappedGlyphs();
                stitcher.addPage(index + 1, PageLayout.rows(content));
            } catch (PageLimitException e) {
                throw new UnreadableInputException(e.getMessage().equals(PageLimitException.INTERRUPTED)
                        ? e.getMessage() : "page " + (index + 1) + " too complex: " + e.getMessage());
            }
        }
        if (glyphs == 0) {
            throw new UnreadableInputException(noTextReason(unmapped));
        }
        return new SourceDocument(new SourceText(path, stitcher.lines(), stitcher.rawLines(), stitcher.pages()),
                stitcher.grid(path));
    }

    /**
     * Why no glyph was found: a scan needs OCR only when PDFBox read every content stream without a problem; else
     * the content could not be read (a stream that does not decompress, a broken font), which OCR would not mend.
     */
    private static String noTextReason(int unmapped) {
        if (unmapped > 0) {
            return "no extractable text: the fonts have no Unicode mapping";
        }
        PdfBoxLog.Problems problems = PdfBoxLog.current();
        if (problems.count() > 0) {
            return "no text could be read, the content is damaged: " + problems.first();
        }
        return "no text layer (a scanned image): OCR is needed";
    }
}
