package ziping.source.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import ziping.source.UnreadableInputException;
import ziping.source.table.CellNote;
import ziping.source.table.GridBuilder;
import ziping.source.table.SourceGrid;

/**
 * Reads a binary Excel 97–2003 workbook (.xls, BIFF8) into a grid with POI's HSSF, laid out as an .xlsx is
 * ({@link SheetLayout}, same cell texts, notes and formula check); the format holds at most 65,536 rows, and the
 * whole file is already in memory.
 */
public final class XlsReader {
    private static final String KIND = "workbook";

    private XlsReader() {
    }

    /** @param password the password of a workbook encrypted by Excel 97–2003 (RC4), or null */
    public static SourceGrid read(String path, POIFSFileSystem file, String password)
            throws UnreadableInputException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook workbook = new HSSFWorkbook(file.getRoot(), false)) {
            CellFormats formats = new CellFormats();
            GridBuilder grid = new GridBuilder(path);
            List<CellNote> notes = new ArrayList<>();
            List<XlsxReader.SheetFormulas> formulas = new ArrayList<>();
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
                    continue;
                }
                Sheet sheet = workbook.getSheetAt(index);
                List<XlsxSheetHandler.FormulaCell> sheetFormulas = new ArrayList<>();
                SheetCells cells = cells(sheet, index + 1, formats, notes, sheetFormulas);
                SheetLayout.addTo(grid, cells, index + 1);
                if (!sheetFormulas.isEmpty()) {
                    formulas.add(new XlsxReader.SheetFormulas(sheet.getSheetName(), index + 1, sheetFormulas));
                }
            }
            if (formulas.stream().mapToInt(f -> f.cells().size()).sum() <= FormulaCheck.MAX_FORMULAS) {
                notes.addAll(FormulaCheck.staleFormulas(workbook, formulas, formats));
            }
            return new SourceGrid(grid.build(), notes);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableInputException(password == null
                    ? "encrypted workbook or document: a password is needed (--password)"
                    : "encrypted workbook or document: the password is wrong", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("corrupt " + KIND + ": " + e.getMessage(), e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static SheetCells cells(Sheet sheet, int page, CellFormats formats, List<CellNote> notes,
                                    List<XlsxSheetHandler.FormulaCell> formulas) throws UnreadableInputException {
        SheetCells cells = new SheetCells(sheet.getSheetName());
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            cells.merge(merge.getFirstRow(), merge.getFirstColumn(), merge.getLastRow(), merge.getLastColumn());
        }
        int lastColumn = 0;
        for (Row row : sheet) {
            if (Thread.currentThread().isInterrupted()) {
                throw new UnreadableInputException("interrupted: time budget exceeded");
            }
            if (row.getZeroHeight()) {
                cells.hiddenRows.set(row.getRowNum());
            }
            for (Cell cell : row) {
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                if (!cells.add(row.getRowNum(), cell.getColumnIndex(), text(cell, page, formats, notes, formulas),
                        CellFormats.bordered(cell.getCellStyle()))) {
                    throw new UnreadableInputException(cells.tooLarge());
                }
            }
        }
        for (int column = 0; column <= lastColumn; column++) {
            if (sheet.isColumnHidden(column)) {
                cells.hiddenColumns.set(column);
            }
        }
        return cells;
    }

    private static String text(Cell cell, int page, CellFormats formats, List<CellNote> notes,
                               List<XlsxSheetHandler.FormulaCell> formulas) {
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                CellStyle style = cell.getCellStyle();
                String shown = formats.shown(value, style.getDataFormat(), style.getDataFormatString());
                String formulaText = formula ? cell.getCellFormula() : null;
                if (formula) {
                    formulas.add(new XlsxSheetHandler.FormulaCell(cell.getRowIndex(), cell.getColumnIndex(), value,
                            shown, formulaText));
                }
                String stored = CellFormats.stored(Double.toString(value));
                if (CellFormats.rounds(stored, shown)) {
                    notes.add(new CellNote(CellNote.Kind.ROUNDED, cell.getSheet().getSheetName(), page,
                            cell.getRowIndex() + 1, new CellReference(cell).formatAsString(false), shown, stored,
                            formulaText));
                }
                yield shown;
            }
            default -> "";
        };
    }
}
