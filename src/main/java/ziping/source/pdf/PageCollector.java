package ziping.source.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.zip.InflaterInputStream;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import ziping.text.Whitespace;

/**
 * One pass over a page's content stream collecting glyphs and ruling lines: straight stroked segments that are
 * horizontal or vertical, and thin filled shapes (borders drawn as filled rectangles). Rulings and glyphs are
 * cut to the current clipping area; glyphs outside it are kept apart with the visible area (see {@link CellGlyphs}).
 * Everything is kept in page space as displayed: origin top left, y down, the page's /Rotate applied. Fonts are
 * taken from the document's {@link DocumentFonts} (Tf), which reads a simple font from its dictionary where it can.
 * <p>
 * Work per page is bounded, so a hostile page cannot hold a worker past its time budget: content streams that
 * inflate to at most {@value #MAX_CONTENT_BYTES} bytes, at most
 * {@value #MAX_GLYPHS} glyphs and {@value #MAX_RULINGS} rulings, form XObjects nested at most {@value #MAX_FORM_DEPTH}
 * deep and drawn at most {@value #MAX_FORMS} times (a form that draws itself twice would otherwise double the work
 * at every level), and the thread's interrupt is checked every {@value #CHECK_EVERY} operators. Going over a limit
 * throws {@link PageLimitException}.
 */
final class PageCollector extends PDFGraphicsStreamEngine {
    /** A filled shape at most this thick (points) is a line, not a shaded area. */
    private static final double THIN = 2.0;
    /** A segment whose ends differ by at most this across its direction is straight. */
    private static final double SKEW = 1.0;
    static final int MAX_GLYPHS = 100_000;
    static final int MAX_RULINGS = 5_000;
    static final int MAX_FORM_DEPTH = 16;
    static final int MAX_FORMS = 10_000;
    static final int MAX_CONTENT_BYTES = 32 << 20;
    private static final int CHECK_EVERY = 1024;
    /** The most that Deflate inflates a stream: a match of 258 bytes coded in two bits. */
    private static final int DEFLATE_MOST_RATIO = 1032;

    private final PDRectangle crop;
    private final int rotation;
    /** The visible glyphs, freed of overprints as they are drawn. */
    private final Overprint glyphs = new Overprint();
    private final List<ClippedGlyph> clippedGlyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<Line2D> segments = new ArrayList<>();
    private final List<Rectangle2D> subpathBounds = new ArrayList<>();
    private GeneralPath path = new GeneralPath();
    private Point2D subpathStart;
    private Point2D current;
    private Integer pendingClipRule;
    private int unmappedGlyphs;
    private int glyphsShown;
    private int formDepth;
    private int formsDrawn;
    private int operators;
    private List<Path2D> clipPathsSeen;
    private Rectangle2D clipBounds;

    private PageCollector(PDPage page, DocumentFonts fonts) {
        super(page);
        addOperator(new SetFontAndSizeLazily(this, fonts));
        this.crop = page.getCropBox();
        this.rotation = Math.floorMod(page.getRotation(), 360);
    }

    static PageContent collect(PDPage page, DocumentFonts fonts) throws IOException {
        PageCollector collector = new PageCollector(page, fonts);
        InflatedContent inflated = InflatedContent.of(page);
        if (inflated != null) {
            collector.processChildStream(inflated, page);
        } else {
            requireContentWithinLimit(page);
            collector.processPage(page);
        }
        return new PageContent(collector.glyphs.kept(), Collections.unmodifiableList(collector.clippedGlyphs),
                Collections.unmodifiableList(collector.rulings), collector.unmappedGlyphs);
    }

    /**
     * A page's content streams inflate to at most {@value #MAX_CONTENT_BYTES} bytes: a Flate bomb (a few KB that
     * inflate to gigabytes) is refused before it is parsed. Deflate cannot inflate a stream more than
     * {@value #DEFLATE_MOST_RATIO} times, so streams whose raw bytes are too few to reach the limit are not inflated
     * at all (almost every page); otherwise each Flate stream is inflated here, a buffer at a time, up to the limit
     * (PDFBox would inflate all of it into memory first); a stream that does not inflate is left to PDFBox, which reads
     * what it can and logs the problem.
     */
    private static void requireContentWithinLimit(PDPage page) throws IOException {
        if (inflatesWithinLimit(page)) {
            return;
        }
        long total = 0;
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            PDStream stream = streams.next();
            if (stream.getCOSObject() == null) {
                continue;    // a missing stream: PDFBox skips it and logs the problem
            }
            try (InputStream in = decoded(stream)) {
                total = copyWithinLimit(in, OutputStream.nullOutputStream(), total);
            } catch (IOException damaged) {
                // a stream that does not inflate (ZipException) or ends early: PDFBox's problem to report
            }
        }
    }

    /**
     * Copies a decoded content stream to {@code out}, {@code before} bytes of the page's content having come before it;
     * returns the page's bytes so far.
     *
     * @throws PageLimitException past {@value #MAX_CONTENT_BYTES} bytes (a Flate bomb), or when the thread is
     *                            interrupted
     */
    static long copyWithinLimit(InputStream in, OutputStream out, long before) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = before;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_CONTENT_BYTES) {
                throw new PageLimitException("content inflates to more than " + MAX_CONTENT_BYTES / (1 << 20)
                        + " MB (a Flate bomb?)");
            }
            out.write(buffer, 0, n);
            PageLimitException.checkInterrupt();
        }
        return total;
    }

    /** Whether the page's content streams, all Flate (or unfiltered), have too few raw bytes to pass the limit. */
    private static boolean inflatesWithinLimit(PDPage page) throws IOException {
        long most = 0;
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            PDStream stream = streams.next();
            if (stream.getCOSObject() == null) {
                continue;
            }
            List<COSName> filters = stream.getFilters();
            if (!filters.isEmpty() && !List.of(COSName.FLATE_DECODE).equals(filters)) {
                return false;
            }
            long raw;
            try (InputStream in = stream.getCOSObject().createRawInputStream()) {
                raw = in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException damaged) {
                return false;
            }
            most += filters.isEmpty() ? raw : raw * DEFLATE_MOST_RATIO;
            if (most > MAX_CONTENT_BYTES) {
                return false;
            }
        }
        return true;
    }

    private static InputStream decoded(PDStream stream) throws IOException {
        if (List.of(COSName.FLATE_DECODE).equals(stream.getFilters())) {
            return new InflaterInputStream(stream.getCOSObject().createRawInputStream());
        }
        return stream.createInputStream();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY == 0) {
            PageLimitException.checkInterrupt();
        }
        super.processOperator(operator, operands);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        enterForm();
        try {
            super.showForm(form);
        } finally {
            formDepth--;
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        enterForm();
        try {
            super.showTransparencyGroup(form);
        } finally {
            formDepth--;
        }
    }

    private void enterForm() {
        if (formDepth == MAX_FORM_DEPTH) {
            throw new PageLimitException("form XObjects nested more than " + MAX_FORM_DEPTH + " deep");
        }
        if (formsDrawn == MAX_FORMS) {
            throw new PageLimitException("form XObjects drawn more than " + MAX_FORMS + " times");
        }
        formDepth++;
        formsDrawn++;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (++glyphsShown > MAX_GLYPHS) {
            throw new PageLimitException("more than " + MAX_GLYPHS + " glyphs");
        }
        String unicode = font.toUnicode(code);
        if (unicode == null) {
            unmappedGlyphs++;
            return;
        }
        if (isBlank(unicode)) {
            return;
        }
        double size = Math.abs(textRenderingMatrix.getScalingFactorY());
        // PDFBox gives a negative x scale for text drawn upside down (a page under /Rotate 180)
        double width = Math.abs(displacement.getX() * textRenderingMatrix.getScalingFactorX());
        Point2D origin = toPage(textRenderingMatrix.getTranslateX(), textRenderingMatrix.getTranslateY());
        Glyph glyph = new Glyph(unicode, origin.getX(), origin.getY(), width, size);
        if (clip().contains(glyph.centreX(), glyph.centreY())) {
            glyphs.add(glyph);    // an overprint of a glyph kept before is dropped
        } else {
            clippedGlyphs.add(new ClippedGlyph(glyph, clip()));
        }
    }

    /** White space of any kind, U+3000 included; a loop, since this runs for every glyph. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Whitespace.isAnySpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        startSubpath(p0);
        lineTo(p1);
        lineTo(p2);
        lineTo(p3);
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        startSubpath(new Point2D.Float(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        lineTo(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current == null) {
            startSubpath(new Point2D.Float(x1, y1));
        }
        path.curveTo(x1, y1, x2, y2, x3, y3);
        Rectangle2D bounds = subpathBounds.get(subpathBounds.size() - 1);
        bounds.add(toPage(x1, y1));
        bounds.add(toPage(x2, y2));
        bounds.add(toPage(x3, y3));
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (subpathStart != null) {
            lineTo(subpathStart);
            path.closePath();
        }
    }

    @Override
    public void endPath() {
        finishPath();
    }

    @Override
    public void strokePath() {
        segments.forEach(this::addStroke);
        finishPath();
    }

    @Override
    public void fillPath(int windingRule) {
        subpathBounds.forEach(this::addFill);
        finishPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        subpathBounds.forEach(this::addFill);
        segments.forEach(this::addStroke);
        finishPath();
    }

    @Override
    public void clip(int windingRule) {
        pendingClipRule = windingRule;
    }

    @Override
    public void drawImage(PDImage image) {
        // images carry no text and no rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings carry no text and no rulings
    }

    private void startSubpath(Point2D point) {
        path.moveTo(point.getX(), point.getY());
        subpathStart = point;
        current = point;
        Point2D onPage = toPage(point.getX(), point.getY());
        subpathBounds.add(new Rectangle2D.Double(onPage.getX(), onPage.getY(), 0, 0));
    }

    private void lineTo(Point2D point) {
        if (current == null) {
            startSubpath(point);
            return;
        }
        path.lineTo(point.getX(), point.getY());
        Point2D onPage = toPage(point.getX(), point.getY());
        segments.add(new Line2D.Double(toPage(current.getX(), current.getY()), onPage));
        subpathBounds.get(subpathBounds.size() - 1).add(onPage);
        current = point;
    }

    /** Applies a pending clip (the W operator takes effect when the path is painted or ended), then resets. */
    private void finishPath() {
        if (pendingClipRule != null) {
            path.setWindingRule(pendingClipRule);
            getGraphicsState().intersectClippingPath(path);
            pendingClipRule = null;
        }
        path = new GeneralPath();
        segments.clear();
        subpathBounds.clear();
        subpathStart = null;
        current = null;
    }

    private void addStroke(Line2D segment) {
        double dx = Math.abs(segment.getX2() - segment.getX1());
        double dy = Math.abs(segment.getY2() - segment.getY1());
        if (dy <= SKEW && dx > dy) {
            addHorizontal((segment.getY1() + segment.getY2()) / 2, segment.getX1(), segment.getX2());
        } else if (dx <= SKEW && dy > dx) {
            addVertical((segment.getX1() + segment.getX2()) / 2, segment.getY1(), segment.getY2());
        }
    }

    private void addFill(Rectangle2D bounds) {
        if (bounds.getHeight() <= THIN && bounds.getWidth() > THIN) {
            addHorizontal(bounds.getCenterY(), bounds.getMinX(), bounds.getMaxX());
        } else if (bounds.getWidth() <= THIN && bounds.getHeight() > THIN) {
            addVertical(bounds.getCenterX(), bounds.getMinY(), bounds.getMaxY());
        }
    }

    private void addHorizontal(double y, double x1, double x2) {
        Rectangle2D clip = clip();
        double from = Math.max(Math.min(x1, x2), clip.getMinX());
        double to = Math.min(Math.max(x1, x2), clip.getMaxX());
        if (from < to && clip.getMinY() - THIN <= y && y <= clip.getMaxY() + THIN) {
            addRuling(new Ruling(true, y, from, to));
        }
    }

    private void addVertical(double x, double y1, double y2) {
        Rectangle2D clip = clip();
        double from = Math.max(Math.min(y1, y2), clip.getMinY());
        double to = Math.min(Math.max(y1, y2), clip.getMaxY());
        if (from < to && clip.getMinX() - THIN <= x && x <= clip.getMaxX() + THIN) {
            addRuling(new Ruling(false, x, from, to));
        }
    }

    private void addRuling(Ruling ruling) {
        if (rulings.size() == MAX_RULINGS) {
            throw new PageLimitException("more than " + MAX_RULINGS + " ruling lines");
        }
        rulings.add(ruling);
    }

    /**
     * Bounds of the current clipping area in page space, recomputed only when the clipping path changes: the
     * intersection of the bounds of the clipping paths. That is the bounds of their intersection where they are
     * rectangles (cells, pages: what producers clip to) and a little more for other shapes; PDFBox's exact area (AWT
     * {@code Area} operations) was recomputed for every clipped cell and cost more than placing the glyphs.
     */
    private Rectangle2D clip() {
        List<Path2D> paths = getGraphicsState().getCurrentClippingPaths();
        if (paths != clipPathsSeen) {
            clipPathsSeen = paths;
            Rectangle2D user = null;    // PDFBox starts every page with the page as its clipping path
            for (Path2D path : paths) {
                Rectangle2D bounds = path.getBounds2D();
                user = user == null ? bounds : user.createIntersection(bounds);
            }
            if (user == null || user.getWidth() < 0 || user.getHeight() < 0) {
                clipBounds = new Rectangle2D.Double();    // nothing is visible
            } else {
                Point2D corner = toPage(user.getMinX(), user.getMinY());
                clipBounds = new Rectangle2D.Double(corner.getX(), corner.getY(), 0, 0);
                clipBounds.add(toPage(user.getMaxX(), user.getMaxY()));
            }
        }
        return clipBounds;
    }

    /** Maps a point of PDF user space (after the CTM, y up) to the page as displayed (y down, rotation applied). */
    private Point2D toPage(double x, double y) {
        double fromLeft = x - crop.getLowerLeftX();
        double fromBottom = y - crop.getLowerLeftY();
        double fromRight = crop.getUpperRightX() - x;
        double fromTop = crop.getUpperRightY() - y;
        return switch (rotation) {
            case 90 -> new Point2D.Double(fromBottom, fromLeft);
            case 180 -> new Point2D.Double(fromRight, fromBottom);
            case 270 -> new Point2D.Double(fromTop, fromRight);
            default -> new Point2D.Double(fromLeft, fromTop);
        };
    }
}
