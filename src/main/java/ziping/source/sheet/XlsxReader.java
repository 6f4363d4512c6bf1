package ziping.source.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import ziping.source.UnreadableInputException;
import ziping.source.office.OfficePackage;
import ziping.source.table.CellNote;
import ziping.source.table.GridBuilder;
import ziping.source.table.SourceGrid;

/**
 * Reads an .xlsx workbook into a grid, streaming each worksheet ({@link XlsxSheetHandler}); every visible sheet in
 * workbook order is laid out by {@link SheetLayout} (its rows' page is its 1-based index among all sheets, hidden
 * ones included, as the file numbers them). Formula cells read as their cached values; their formulas are then
 * computed again ({@link FormulaCheck}) and a disagreement becomes a {@link CellNote}.
 */
public final class XlsxReader {
    private static final String KIND = "workbook";

    private XlsxReader() {
    }

    public static SourceGrid read(String path, byte[] bytes) throws UnreadableInputException {
        OPCPackage pkg = OfficePackage.open(bytes, KIND);
        try {
            return read(path, pkg);
        } finally {
            pkg.revert();
        }
    }

    private static SourceGrid read(String path, OPCPackage pkg) throws UnreadableInputException {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Set<String> hidden = hiddenSheets(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            CellFormats formats = new CellFormats();
            GridBuilder grid = new GridBuilder(path);
            List<CellNote> notes = new ArrayList<>();
            List<SheetFormulas> formulas = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            int page = 0;
            while (sheets.hasNext()) {
                try (InputStream part = sheets.next()) {
                    page++;
                    String name = sheets.getSheetName();
                    if (hidden.contains(name)) {
                        continue;
                    }
                    SheetCells sheet = new SheetCells(name);
                    List<XlsxSheetHandler.FormulaCell> sheetFormulas = new ArrayList<>();
                    parse(part, new XlsxSheetHandler(sheet, page, strings, styles, formats, notes, sheetFormulas));
                    SheetLayout.addTo(grid, sheet, page);
                    if (!sheetFormulas.isEmpty()) {
                        formulas.add(new SheetFormulas(name, page, sheetFormulas));
                    }
                }
            }
            notes.addAll(FormulaCheck.staleFormulas(pkg, formulas, formats));
            return new SourceGrid(grid.build(), notes);
        } catch (XlsxSheetHandler.Stop e) {
            throw new UnreadableInputException(e.getMessage(), e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw OfficePackage.unreadable(e, KIND);
        }
    }

    /** The formula cells of one sheet with numeric cached values. */
    record SheetFormulas(String sheet, int page, List<XlsxSheetHandler.FormulaCell> cells) {
    }

    private static void parse(InputStream part, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(part));
    }

    /** The names of the sheets the workbook hides ({@code state="hidden"} or {@code "veryHidden"}). */
    private static Set<String> hiddenSheets(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String state = attributes.getValue("state");
                    if (localName.equals("sheet") && state != null && !state.equals("visible")) {
                        hidden.add(attributes.getValue("name"));
                    }
                }
            });
        }
        return hidden;
    }
}
