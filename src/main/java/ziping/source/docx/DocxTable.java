package ziping.source.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import ziping.source.table.CellText;
import ziping.source.table.TableBuilder;

/**
 * One Word table as grid cells. A row starts at the grid column its {@code w:gridBefore} skips; each cell spans
 * {@code w:gridSpan} grid columns. A cell with {@code w:vMerge} "continue" (or no value) extends the cell above it
 * that starts in the same grid column by one row and holds nothing of its own, as Word shows it; "restart" opens
 * such a merge. A cell's paragraphs are its lines; a table nested in a cell adds its cells' text as lines.
 */
final class DocxTable {

    private DocxTable() {
    }

    private static final class Placed {
        final int row;
        final int column;
        final int columnSpan;
        final List<String> lines;
        int rowSpan = 1;

        Placed(int row, int column, int columnSpan, List<String> lines) {
            this.row = row;
            this.column = column;
            this.columnSpan = columnSpan;
            this.lines = lines;
        }
    }

    static void read(XWPFTable table, TableBuilder builder) {
        List<Placed> cells = new ArrayList<>();
        Map<Integer, Placed> merging = new HashMap<>();
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            int column = gridBefore(row.getCtRow().getTrPr());
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = gridSpan(properties);
                CTVMerge vMerge = properties == null ? null : properties.getVMerge();
                Placed above = merging.get(column);
                if (vMerge != null && (vMerge.getVal() == null || vMerge.getVal() == STMerge.CONTINUE)
                        && above != null) {
                    above.rowSpan = r - above.row + 1;
                } else {
                    Placed placed = new Placed(r, column, span, lines(cell));
                    cells.add(placed);
                    if (vMerge != null) {
                        merging.put(column, placed);
                    } else {
                        merging.remove(column);
                    }
                }
                column += span;
            }
        }
        for (Placed cell : cells) {
            builder.add(cell.row, cell.column, cell.rowSpan, cell.columnSpan, cell.lines);
        }
    }

    private static List<String> lines(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.addAll(CellText.lines(paragraph.getText()));
            } else if (element instanceof XWPFTable nested) {
                lines.addAll(CellText.lines(nested.getText()));
            }
        }
        return lines;
    }

    private static int gridSpan(CTTcPr properties) {
        return properties != null && properties.isSetGridSpan() ? positive(properties.getGridSpan().getVal()) : 1;
    }

    private static int gridBefore(CTTrPr properties) {
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return count(properties.getGridBeforeArray(0).getVal(), 0);
    }

    private static int positive(BigInteger value) {
        return count(value, 1);
    }

    /** A count from the file, {@code absent} when missing or not positive, at most 1,000 (Word's grid is 63 wide). */
    private static int count(BigInteger value, int absent) {
        return value == null || value.signum() <= 0 ? absent : value.bitLength() > 10 ? 1_000 : value.intValue();
    }
}
