package ziping.source.sheet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.source.table.CellNote;
import ziping.source.table.SourceGrid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The .xlsx (streamed) and .xls (HSSF) readers give the same grid and notes for the same workbook. */
class SheetReadersTest {
    private static final Path OFFICE = Path.of("src/test/resources/office");

    private static SourceGrid xlsx(byte[] bytes) throws Exception {
        return XlsxReader.read("t.xlsx", bytes);
    }

    private static SourceGrid xls(byte[] bytes) throws Exception {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return XlsReader.read("t.xlsx", file, null);
        }
    }

    private static byte[] save(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    private static GridCell cell(int column, int columnSpan, int rowSpan, String... lines) {
        return new GridCell(column, columnSpan, rowSpan, List.of(lines), null);
    }

    private static GridRow row(int table, int line, Integer page, GridCell... cells) {
        return new GridRow(table, line, page, List.of(cells));
    }

    @Test
    void seedWorkbookKeepsTitlesOutsideTheTableMergesAsSpansAndNumbersAsShown() throws Exception {
        SourceGrid grid = xlsx(Files.readAllBytes(OFFICE.resolve("000.xlsx")));
        List<GridRow> rows = grid.grid().rows();

        assertEquals(row(GridRow.NO_TABLE, 1, 1, cell(0, 1, 1, "项目支出绩效自评表")), rows.get(0));
        assertEquals(row(GridRow.NO_TABLE, 2, 1, cell(0, 1, 1, "（2024年度）")), rows.get(1));
        assertEquals(row(0, 5, 1, cell(0, 1, 5, "项目资金（万元）"), cell(1, 2, 1), cell(3, 1, 1, "年初预算数"),
                cell(4, 1, 1, "全年预算数（A）"), cell(5, 1, 1, "全年执行数（B）"), cell(6, 1, 1, "分值"),
                cell(7, 1, 1, "执行率"), cell(8, 1, 1, "得分")), rows.get(4));
        assertEquals(row(0, 6, 1, cell(1, 2, 1, "年度资金总额"), cell(3, 1, 1, "271.999360"),
                cell(4, 1, 1, "271.999360"), cell(5, 1, 1, "257.480000"), cell(6, 1, 1, "10.00"),
                cell(7, 1, 1, "94.66%"), cell(8, 1, 1, "9.47")), rows.get(5));
        assertEquals(row(0, 30, 1, cell(0, 6, 1, "总分"), cell(6, 1, 1, "100.00"), cell(7, 1, 1, "97.47"),
                cell(8, 1, 1)), rows.get(29));
        assertEquals(30, rows.size());
        assertEquals(List.of(new CellNote(CellNote.Kind.ROUNDED, "表1", 1, 6, "H6", "94.66%", "0.946619874399704",
                "F6/E6")), grid.notes());
    }

    @Test
    void xlsFromLibreOfficeGivesTheXlsxGrid() throws Exception {
        for (String seed : List.of("000", "001", "003")) {
            SourceGrid fromXlsx = xlsx(Files.readAllBytes(OFFICE.resolve(seed + ".xlsx")));
            SourceGrid fromXls = xls(Files.readAllBytes(OFFICE.resolve(seed + ".xls")));
            assertEquals(fromXlsx, fromXls, seed);
        }
    }

    /** A sheet with a bordered table: numbers in formats, a stale formula, hidden row, column and sheet. */
    private static byte[] workbook(Supplier<Workbook> kind) throws IOException {
        Workbook workbook = kind.get();
        Sheet hidden = workbook.createSheet("helper");
        hidden.createRow(0).createCell(0).setCellValue("not shown");
        Sheet sheet = workbook.createSheet("表1");
        workbook.setSheetHidden(0, true);
        CellStyle boxed = workbook.createCellStyle();
        boxed.setBorderTop(BorderStyle.THIN);
        boxed.setBorderBottom(BorderStyle.THIN);
        boxed.setBorderLeft(BorderStyle.THIN);
        boxed.setBorderRight(BorderStyle.THIN);
        CellStyle twoDecimals = workbook.createCellStyle();
        twoDecimals.cloneStyleFrom(boxed);
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        CellStyle percent = workbook.createCellStyle();
        percent.cloneStyleFrom(boxed);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));

        sheet.createRow(0).createCell(1).setCellValue("标题");
        Row header = sheet.createRow(1);
        put(header, 1, "名称", boxed);
        put(header, 2, "", boxed);
        put(header, 3, "分值", boxed);
        put(header, 4, "比例", boxed);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
        Row values = sheet.createRow(2);
        put(values, 1, "甲", boxed);
        put(values, 2, "乙", boxed);
        Cell weight = values.createCell(3);
        weight.setCellValue(10.004);
        weight.setCellStyle(twoDecimals);
        Cell rate = values.createCell(4);
        rate.setCellValue(0.98);
        rate.setCellStyle(percent);
        Row secret = sheet.createRow(3);
        put(secret, 1, "隐藏行", boxed);
        secret.setZeroHeight(true);
        Row total = sheet.createRow(4);
        put(total, 1, "合计", boxed);
        put(total, 2, "", boxed);
        Cell sum = total.createCell(3);
        sum.setCellFormula("D3+5");
        sum.setCellStyle(twoDecimals);
        sum.setCellValue(20);          // the cached value: stale, D3+5 gives 15.00
        put(total, 5, "隐藏列", boxed);
        sheet.setColumnHidden(5, true);
        return save(workbook);
    }

    private static void put(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    @Test
    void numbersShowTheirFormatWithNotesForRoundingAndStaleFormulasInBothFormats() throws Exception {
        List<GridRow> expectedRows = List.of(
                row(GridRow.NO_TABLE, 1, 2, cell(0, 1, 1, "标题")),
                row(0, 2, 2, cell(0, 2, 1, "名称"), cell(2, 1, 1, "分值"), cell(3, 1, 1, "比例")),
                row(0, 3, 2, cell(0, 1, 1, "甲"), cell(1, 1, 1, "乙"), cell(2, 1, 1, "10.00"), cell(3, 1, 1, "98%")),
                row(0, 5, 2, cell(0, 1, 1, "合计"), cell(1, 1, 1), cell(2, 1, 1, "20.00")));
        List<CellNote> expectedNotes = List.of(
                new CellNote(CellNote.Kind.ROUNDED, "表1", 2, 3, "D3", "10.00", "10.004", null),
                new CellNote(CellNote.Kind.STALE_FORMULA, "表1", 2, 5, "D5", "20.00", "15.00", "D3+5"));

        SourceGrid fromXlsx = xlsx(workbook(XSSFWorkbook::new));
        SourceGrid fromXls = xls(workbook(HSSFWorkbook::new));

        assertEquals(new SourceGrid(new Grid("t.xlsx", expectedRows), expectedNotes), fromXlsx);
        assertEquals(fromXlsx, fromXls);
    }
}
