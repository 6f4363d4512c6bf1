package ziping.source.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import ziping.grid.Grid;
import ziping.source.UnreadableInputException;
import ziping.source.office.OfficePackage;
import ziping.source.table.CellText;
import ziping.source.table.GridBuilder;

/**
 * Reads a Word document (.docx) into a grid with POI's XWPF, in document order: every table of the body becomes a
 * grid table ({@link DocxTable}: gridSpan and vMerge resolved into spans); every paragraph outside tables one row
 * outside tables, its tab-separated parts its fields (a header line such as {@code 填报单位：…⇥填报日期：…}), its
 * line breaks lines of a field. Headers, footers, footnotes and text boxes are not read. Rows are numbered by their
 * position in the grid; there are no pages.
 */
public final class DocxReader {
    private static final String KIND = "Word document";

    private DocxReader() {
    }

    public static Grid read(String path, byte[] bytes) throws UnreadableInputException {
        OPCPackage pkg = OfficePackage.open(bytes, KIND);
        try {
            return read(path, pkg);
        } finally {
            pkg.revert();
        }
    }

    private static Grid read(String path, OPCPackage pkg) throws UnreadableInputException {
        try {
            XWPFDocument document = new XWPFDocument(pkg);
            GridBuilder grid = new GridBuilder(path);
            for (IBodyElement element : document.getBodyElements()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new UnreadableInputException("interrupted: time budget exceeded");
                }
                if (element instanceof XWPFParagraph paragraph) {
                    grid.line(fields(paragraph.getText()), null, null);
                } else if (element instanceof XWPFTable table) {
                    DocxTable.read(table, grid.table());
                } else if (element instanceof XWPFSDT control) {
                    grid.line(fields(control.getContent().getText()), null, null);
                }
            }
            return grid.build();
        } catch (IOException | RuntimeException e) {
            throw OfficePackage.unreadable(e, KIND);
        } catch (StackOverflowError e) {
            throw new UnreadableInputException("Word document too deeply nested", e);
        }
    }

    private static List<List<String>> fields(String text) {
        List<List<String>> fields = new ArrayList<>();
        for (String field : text.split("\t")) {
            fields.add(CellText.lines(field));
        }
        return fields;
    }
}
