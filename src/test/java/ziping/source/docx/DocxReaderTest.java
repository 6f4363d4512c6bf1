package ziping.source.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocxReaderTest {

    private static GridCell cell(int column, int columnSpan, int rowSpan, String... lines) {
        return new GridCell(column, columnSpan, rowSpan, List.of(lines), null);
    }

    private static void text(XWPFTableCell cell, String text) {
        cell.getParagraphs().get(0).createRun().setText(text);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /**
     * A header line with tabs, a table whose first column is merged down (vMerge restart, continue) and whose first
     * row's second cell spans two grid columns (gridSpan), a paragraph with a line break.
     */
    @Test
    void mergesBecomeSpansAndParagraphsLinesWithTheirTabbedFields() throws Exception {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun header = document.createParagraph().createRun();
            header.setText("填报单位：某局");
            header.addTab();
            header.setText("填报日期：2025年3月");
            XWPFTable table = document.createTable(3, 3);
            text(table.getRow(0).getCell(0), "项目资金");
            properties(table.getRow(0).getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            properties(table.getRow(1).getCell(0)).addNewVMerge().setVal(STMerge.CONTINUE);
            properties(table.getRow(2).getCell(0)).addNewVMerge();
            text(table.getRow(0).getCell(1), "预算");
            properties(table.getRow(0).getCell(1)).addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(2);
            text(table.getRow(1).getCell(1), "年初");
            text(table.getRow(1).getCell(2), "全年");
            text(table.getRow(2).getCell(1), "10.00");
            text(table.getRow(2).getCell(2), "9.47");
            XWPFParagraph after = document.createParagraph();
            XWPFRun run = after.createRun();
            run.setText("说明");
            run.addBreak();
            run.setText("第二行");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            bytes = out.toByteArray();
        }

        Grid grid = DocxReader.read("d.docx", bytes);

        assertEquals(List.of(
                new GridRow(GridRow.NO_TABLE, 1, null, List.of(cell(0, 1, 1, "填报单位：某局"),
                        cell(1, 1, 1, "填报日期：2025年3月"))),
                new GridRow(0, 2, null, List.of(cell(0, 1, 3, "项目资金"), cell(1, 2, 1, "预算"))),
                new GridRow(0, 3, null, List.of(cell(1, 1, 1, "年初"), cell(2, 1, 1, "全年"))),
                new GridRow(0, 4, null, List.of(cell(1, 1, 1, "10.00"), cell(2, 1, 1, "9.47"))),
                new GridRow(GridRow.NO_TABLE, 5, null, List.of(cell(0, 1, 1, "说明", "第二行")))), grid.rows());
    }
}
