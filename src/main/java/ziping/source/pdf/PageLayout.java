package ziping.source.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ziping.text.HanNormalizer;

/**
 * Lays out one page as cell-lines: each row of a ruled table becomes one line of tab-separated cell texts (a cell
 * spanning rows gives its text at its first row and "" below, a cell spanning columns appears once); glyphs outside
 * tables become ordinary lines, split into fields at wide gaps. Lines come in reading order, top to bottom.
 */
final class PageLayout {
    /** The marker a producer prints in the lower part of a merged cell cut by a page break. */
    private static final Pattern CONTINUED = Pattern.compile("[（(]?续上页[）)]?");

    private PageLayout() {
    }

    static List<PageRow> rows(PageContent content) {
        List<TableGrid> tables = TableFinder.find(Rulings.normalize(content.rulings()));
        CellGlyphs glyphs = new CellGlyphs(tables, content.glyphs(), content.clippedGlyphs());
        List<PageRow> rows = new ArrayList<>();
        for (TableGrid table : tables) {
            rows.addAll(tableRows(table, glyphs));
        }
        for (List<Glyph> line : GlyphLines.lines(glyphs.outside())) {
            double top = line.stream().mapToDouble(Glyph::top).min().orElseThrow();
            List<RowCell> fields = GlyphLines.fields(line).stream()
                    .map(field -> new RowCell(GlyphLines.text(field), fieldBox(field), false, false)).toList();
            rows.add(new PageRow(top, fields, null));
        }
        rows.sort(Comparator.comparingDouble(PageRow::top));
        return rows;
    }

    private static List<PageRow> tableRows(TableGrid table, CellGlyphs glyphs) {
        List<PageRow> rows = new ArrayList<>();
        Map<Cell, String> texts = new IdentityHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Set<Cell> cells = new LinkedHashSet<>();
            for (int c = 0; c < table.columnCount(); c++) {
                cells.add(table.cell(r, c));
            }
            List<RowCell> rowCells = new ArrayList<>();
            for (Cell cell : cells) {
                String text = texts.computeIfAbsent(cell, c -> cellText(glyphs.of(c)));
                rowCells.add(new RowCell(text, table.bounds(cell), cell.firstRow() < r,
                        cell.lastRow() > cell.firstRow()));
            }
            rows.add(new PageRow(table.rowTop(r), rowCells, table));
        }
        return rows;
    }

    private static Rectangle2D fieldBox(List<Glyph> field) {
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Glyph glyph : field) {
            top = Math.min(top, glyph.top());
            bottom = Math.max(bottom, glyph.top() + glyph.size());
        }
        double left = field.get(0).x();
        return new Rectangle2D.Double(left, top, field.get(field.size() - 1).right() - left, bottom - top);
    }

    /** The lines of a cell, top to bottom, joined (a space only where a wrap falls between two Latin words). */
    private static String cellText(List<Glyph> glyphs) {
        StringBuilder joined = new StringBuilder();
        for (List<Glyph> line : GlyphLines.lines(glyphs)) {
            String text = GlyphLines.text(line);
            boolean betweenWords = !joined.isEmpty() && isLatinLetter(joined.charAt(joined.length() - 1))
                    && isLatinLetter(text.charAt(0));
            if (betweenWords) {
                joined.append(' ');
            }
            joined.append(text);
        }
        String text = HanNormalizer.cellText(joined.toString());
        return CONTINUED.matcher(text).matches() ? "" : text;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
