package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OverprintTest {
    private static Glyph glyph(String text, double x, double baseline) {
        return new Glyph(text, x, baseline, 10, 10);
    }

    @Test
    void dropsAGlyphDrawnAgainAFractionOfAPointAwayAndKeepsARepeatedLetter() {
        Glyph first = glyph("产", 100, 200);
        Glyph repeated = glyph("产", 110, 200);
        List<Glyph> kept = Overprint.withoutDuplicates(List.of(first, glyph("产", 100.4, 200.2), repeated,
                glyph("出", 100.2, 200), new Glyph("产", 100.3, 200, 20, 20)));
        assertEquals(List.of(first, repeated, kept.get(2), kept.get(3)), kept);
        assertEquals("出", kept.get(2).text());
        assertEquals(20, kept.get(3).size(), "a glyph twice the size is another glyph, not an overprint");
    }

    @Test
    void findsOverprintsOfGlyphsKeptBeforeTheTableGrew() {
        List<Glyph> page = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            page.add(glyph(String.valueOf((char) ('一' + i % 50)), 12.0 * (i % 60), 14.0 * (i / 60)));
        }
        List<Glyph> drawnTwice = new ArrayList<>(page);
        for (Glyph g : page) {
            drawnTwice.add(glyph(g.text(), g.x() + 0.5, g.baseline()));
        }
        assertEquals(page, Overprint.withoutDuplicates(drawnTwice));
    }

    @Test
    void endsOnCoordinatesPastTheRangeOfALong() {
        Glyph far = glyph("1", 1e30, 1e30);
        assertEquals(List.of(far), Overprint.withoutDuplicates(List.of(far, glyph("1", 1e30, 1e30))));
    }
}
