package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Snapping and joining rulings, finding tables, and merged cells, on rulings given directly. */
class LatticeGeometryTest {

    private static Ruling h(double y, double from, double to) {
        return new Ruling(true, y, from, to);
    }

    private static Ruling v(double x, double from, double to) {
        return new Ruling(false, x, from, to);
    }

    @Test
    void nearlyEqualPositionsSnapAndCollinearPiecesJoin() {
        List<Ruling> normalized = Rulings.normalize(List.of(h(100, 0, 50), h(101, 50.5, 100)));

        assertEquals(List.of(h(100.5, 0, 100)), normalized);
    }

    @Test
    void endStoppingShortOfACrossingRulingIsExtendedToIt() {
        List<Ruling> normalized = Rulings.normalize(List.of(h(100, 1.5, 60), v(0, 90, 110)));

        assertEquals(List.of(h(100, 0, 60), v(0, 90, 110)), normalized);
    }

    @Test
    void separateGroupsOfCrossingRulingsAreSeparateTables() {
        List<Ruling> rulings = new ArrayList<>(box(0, 0, 100, 50));
        rulings.addAll(box(0, 200, 100, 250));
        rulings.add(h(400, 0, 100));

        List<TableGrid> tables = TableFinder.find(Rulings.normalize(rulings));

        assertEquals(2, tables.size());
        assertEquals(200, tables.get(1).rowTop(0));
    }

    @Test
    void missingInternalRulingsMergeBoxesIntoSpanningCells() {
        TableGrid grid = TableFinder.find(Rulings.normalize(List.of(
                h(0, 0, 300), h(20, 100, 300), h(40, 0, 300), h(60, 0, 300),
                v(0, 0, 60), v(100, 0, 40), v(200, 0, 60), v(300, 0, 60)))).get(0);

        assertEquals(3, grid.rowCount());
        assertEquals(3, grid.columnCount());
        assertEquals(new Cell(0, 1, 0, 0), grid.cell(1, 0));
        assertEquals(new Cell(2, 2, 0, 1), grid.cell(2, 1));
        assertEquals(new Cell(1, 1, 2, 2), grid.cellAt(250, 30));
        assertSame(grid.cell(0, 0), grid.cell(1, 0));
    }

    @Test
    void streamLinesSplitIntoFieldsAtGapsWiderThanTwoCharacters() {
        List<Glyph> glyphs = List.of(glyph("年", 0, 10), glyph("初", 10, 10), glyph("全", 45, 10),
                glyph("a", 0, 30), glyph("b", 8, 30), glyph("c", 13, 30));

        List<List<Glyph>> lines = GlyphLines.lines(glyphs);

        assertEquals(2, lines.size());
        assertEquals(List.of("年初", "全"), GlyphLines.fields(lines.get(0)).stream().map(GlyphLines::text).toList());
        assertEquals("a bc", GlyphLines.text(lines.get(1)));
    }

    private static Glyph glyph(String text, double x, double baseline) {
        double width = text.codePointAt(0) > 0x2e80 ? 10 : 5;
        return new Glyph(text, x, baseline, width, 10);
    }

    private static List<Ruling> box(double left, double top, double right, double bottom) {
        return List.of(h(top, left, right), h(bottom, left, right), v(left, top, bottom), v(right, top, bottom));
    }
}
