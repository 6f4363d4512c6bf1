package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import ziping.source.SourceText;
import ziping.source.UnreadableInputException;
import ziping.testing.HostileInputs;

/** Pages over the reader's limits are refused with the limit they broke (issue 10); a turned page is read. */
class PageLimitsTest {

    private static String message(byte[] pdf) {
        return assertThrows(UnreadableInputException.class, () -> PdfReader.read("hostile.pdf", pdf, null))
                .getMessage();
    }

    @Test
    void aFormThatDrawsItselfTwiceStopsAtTheDepthLimit() throws IOException {
        assertEquals("page 1 too complex: form XObjects nested more than 16 deep",
                message(Files.readAllBytes(HostileInputs.COMMITTED.resolve("self-drawing-xobject.pdf"))));
    }

    @Test
    void aChainOf5000FormsStopsAtTheDepthLimitNotAsAScan() {
        assertEquals("page 1 too complex: form XObjects nested more than 16 deep",
                message(HostileInputs.xobjectChain(5_000)));
    }

    @Test
    void aFanOutWithinTheDepthLimitStopsAtTheDrawLimit() throws IOException {
        assertEquals("page 1 too complex: form XObjects nested more than 16 deep",
                message(Files.readAllBytes(HostileInputs.COMMITTED.resolve("xobject-fan-out.pdf"))));
        assertEquals("page 1 too complex: form XObjects drawn more than 10000 times",
                message(HostileInputs.xobjectFanOut(12, 4)));
    }

    @Test
    void aPageOf400000GlyphsStopsAtTheGlyphLimit() throws IOException {
        assertEquals("page 1 too complex: more than 100000 glyphs", message(HostileInputs.glyphPage(400_000)));
    }

    @Test
    void aTableOfTooManyBoxesOrAPageOfTooManyRulingsIsRefused() throws IOException {
        assertEquals("page 1 too complex: a ruled table of 120 × 119 boxes (at most 10000)",
                message(HostileInputs.ruledGrid(120)));
        assertEquals("page 1 too complex: more than 5000 ruling lines", message(HostileInputs.ruledGrid(3_000)));
    }

    @Test
    void aFlateBombIsSaidToBeOneNotAScan() throws IOException {
        assertEquals("page 1 too complex: content inflates to more than 32 MB (a Flate bomb?)",
                message(Files.readAllBytes(HostileInputs.COMMITTED.resolve("flate-bomb.pdf"))));
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void aPageTurnedByAnyQuarterReadsAsTheUprightOne(int degrees) throws Exception {
        byte[] upright = Files.readAllBytes(HostileInputs.SAMPLE_PDF);
        SourceText expected = PdfReader.read("000.pdf", upright, null).text();

        SourceText turned = PdfReader.read("000.pdf", HostileInputs.rotated(upright, degrees), null).text();

        assertEquals(expected.lines(), turned.lines());
        assertEquals(expected.pages(), turned.pages());
    }

    @Test
    void theCommittedRotate180FixtureReadsAsTheUprightForm() throws Exception {
        SourceText expected = PdfReader.read("000.pdf", Files.readAllBytes(HostileInputs.SAMPLE_PDF), null).text();

        SourceText turned = PdfReader.read("rotate-180.pdf",
                Files.readAllBytes(HostileInputs.COMMITTED.resolve("rotate-180.pdf")), null).text();

        assertEquals(expected.lines(), turned.lines());
    }

    @Test
    void overprintedGlyphsAreDroppedAndRepeatedLettersKept() {
        Glyph a = new Glyph("产", 100, 200, 10, 10);
        Glyph bold = new Glyph("产", 100.4, 200.2, 10, 10);
        Glyph next = new Glyph("产", 110, 200, 10, 10);
        Glyph other = new Glyph("出", 100.4, 200.2, 10, 10);
        Glyph tiny = new Glyph("产", 100.4, 200.2, 1, 1);

        assertEquals(List.of(a, next, other, tiny), Overprint.withoutDuplicates(List.of(a, bold, next, other, tiny)));
    }

    @Test
    void overprintsAreFoundAcrossGridCells() {
        List<Glyph> glyphs = new ArrayList<>();
        List<Glyph> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Glyph g = new Glyph("1", 15.9 + i * 6.0, 31.9, 6, 12);    // cells of 32 points: some straddle a line
            glyphs.add(g);
            glyphs.add(new Glyph("1", g.x() + 0.5, g.baseline() + 0.5, 6, 12));
            expected.add(g);
        }

        assertEquals(expected, Overprint.withoutDuplicates(glyphs));
    }
}
