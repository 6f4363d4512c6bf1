package ziping.source.sheet;

import java.util.HashMap;
import java.util.List;

import ziping.source.table.CellNote;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet part ({@code xl/worksheets/sheetN.xml}) into {@link SheetCells} without building the sheet
 * in memory, so a sheet whose last row is 1,048,576 costs only the rows it holds, and one with more than
 * {@value SheetCells#MAX_CELLS} cells is given up at that cell. Text cells (shared, inline, formula strings) read
 * as written; numbers as their number format shows them, with a {@link CellNote} where that rounds the stored value;
 * a formula cell as its cached value (the value the program that saved it computed), noted for a later recompute.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** A formula cell with a numeric cached value, for the recompute. */
    record FormulaCell(int row, int column, double cached, String shown, String formula) {
    }

    /** Thrown to stop the parse when the sheet is too large or the thread was interrupted. */
    static final class Stop extends SAXException {
        Stop(String message) {
            super(message);
        }
    }

    private record Style(int formatIndex, String formatString, boolean bordered) {
    }

    private static final XSSFCellBorder.BorderSide[] SIDES = {XSSFCellBorder.BorderSide.TOP,
        XSSFCellBorder.BorderSide.BOTTOM, XSSFCellBorder.BorderSide.LEFT, XSSFCellBorder.BorderSide.RIGHT};

    private final SheetCells sheet;
    private final int page;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final CellFormats formats;
    private final List<CellNote> notes;
    private final List<FormulaCell> formulas;
    private final Map<Integer, Style> styleCache = new HashMap<>();

    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private StringBuilder collecting;
    private boolean inInline;
    private boolean inPhonetic;
    private boolean hasFormula;
    private int row = -1;
    private int column = -1;
    private String type;
    private int styleIndex;

    XlsxSheetHandler(SheetCells sheet, int page, SharedStrings strings, StylesTable styles, CellFormats formats,
                     List<CellNote> notes, List<FormulaCell> formulas) {
        this.sheet = sheet;
        this.page = page;
        this.strings = strings;
        this.styles = styles;
        this.formats = formats;
        this.notes = notes;
        this.formulas = formulas;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "col" -> {
                if (isTrue(attributes.getValue("hidden"))) {
                    int min = Integer.parseInt(attributes.getValue("min"));
                    int max = Math.min(Integer.parseInt(attributes.getValue("max")), 16_384);
                    sheet.hiddenColumns.set(min - 1, max);
                }
            }
            case "row" -> {
                String r = attributes.getValue("r");
                row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                column = -1;
                if (isTrue(attributes.getValue("hidden"))) {
                    sheet.hiddenRows.set(row);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new Stop("interrupted: time budget exceeded");
                }
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r != null ? new CellReference(r).getCol() : column + 1;
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                styleIndex = s != null ? Integer.parseInt(s) : 0;
                value.setLength(0);
                inline.setLength(0);
                formula.setLength(0);
                hasFormula = false;
            }
            case "v" -> collecting = value;
            case "f" -> {
                collecting = formula;
                hasFormula = true;
            }
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> collecting = inInline && !inPhonetic ? inline : null;
            case "mergeCell" -> {
                CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
                sheet.merge(range.getFirstRow(), range.getFirstColumn(), range.getLastRow(), range.getLastColumn());
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting != null) {
            collecting.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "f", "t" -> collecting = null;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            default -> {
            }
        }
    }

    private void endCell() throws Stop {
        Style style = style(styleIndex);
        if (!sheet.add(row, column, text(style), style.bordered)) {
            throw new Stop(sheet.tooLarge());
        }
    }

    private String text(Style style) {
        if (type == null || type.equals("n")) {
            return number(style);
        }
        return switch (type) {
            case "s" -> value.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(value.toString().strip()))
                    .getString();
            case "inlineStr" -> inline.toString();
            case "b" -> value.toString().equals("1") ? "TRUE" : value.isEmpty() ? "" : "FALSE";
            default -> value.toString();   // str (a formula's text), e (an error such as #DIV/0!), d (ISO date)
        };
    }

    private String number(Style style) {
        if (value.isEmpty()) {
            return "";
        }
        double number = Double.parseDouble(value.toString().strip());
        String stored = CellFormats.stored(value.toString());
        String shown = formats.shown(number, style.formatIndex, style.formatString);
        if (hasFormula) {
            formulas.add(new FormulaCell(row, column, number, shown, formula.toString()));
        }
        if (CellFormats.rounds(stored, shown)) {
            notes.add(new CellNote(CellNote.Kind.ROUNDED, sheet.name, page, row + 1,
                    new CellReference(row, column).formatAsString(false), shown, stored,
                    hasFormula ? formula.toString() : null));
        }
        return shown;
    }

    private Style style(int index) {
        return styleCache.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return new Style(0, "General", false);
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return new Style(cellStyle.getDataFormat(), cellStyle.getDataFormatString(), bordered(cellStyle));
        });
    }

    /**
     * Whether the style's border has any side drawn, read from the border record itself: POI's style getters answer
     * "none" unless the style sets {@code applyBorder}, which Excel ignores and openpyxl does not write.
     */
    private boolean bordered(XSSFCellStyle style) {
        long id = style.getCoreXf().getBorderId();
        if (id < 0 || id >= styles.getBorders().size()) {
            return false;
        }
        XSSFCellBorder border = styles.getBorderAt((int) id);
        for (XSSFCellBorder.BorderSide side : SIDES) {
            if (border.getBorderStyle(side) != BorderStyle.NONE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }
}
