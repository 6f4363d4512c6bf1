package ziping.source.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ziping.source.sheet.XlsxReader.SheetFormulas;
import ziping.source.table.CellNote;

/**
 * Computes formulas again with POI's evaluator and notes each cell whose recomputed value, formatted as the cell
 * formats its cached value, shows differently from it: the file was saved without recalculation, or edited by a
 * program that does not calculate, so what it shows is not what its formula gives. Formulas POI cannot compute
 * (functions it lacks, links to other files) are left alone. Only workbooks with at most {@value #MAX_FORMULAS}
 * formulas are checked: the check loads the whole workbook.
 */
final class FormulaCheck {
    static final int MAX_FORMULAS = 10_000;

    private FormulaCheck() {
    }

    /** The stale formulas of an .xlsx package, read again as a whole workbook. */
    static List<CellNote> staleFormulas(OPCPackage pkg, List<SheetFormulas> formulas, CellFormats formats)
            throws IOException {
        int count = formulas.stream().mapToInt(f -> f.cells().size()).sum();
        if (count == 0 || count > MAX_FORMULAS) {
            return List.of();
        }
        return staleFormulas(new XSSFWorkbook(pkg), formulas, formats);
    }

    static List<CellNote> staleFormulas(Workbook workbook, List<SheetFormulas> formulas, CellFormats formats) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<CellNote> notes = new ArrayList<>();
        for (SheetFormulas sheetFormulas : formulas) {
            Sheet sheet = workbook.getSheet(sheetFormulas.sheet());
            for (XlsxSheetHandler.FormulaCell formula : sheetFormulas.cells()) {
                Row row = sheet == null ? null : sheet.getRow(formula.row());
                Cell cell = row == null ? null : row.getCell(formula.column());
                String recomputed = cell == null ? null : recomputed(evaluator, cell, formats);
                if (recomputed != null && !recomputed.equals(formula.shown())) {
                    notes.add(new CellNote(CellNote.Kind.STALE_FORMULA, sheetFormulas.sheet(), sheetFormulas.page(),
                            formula.row() + 1, new CellReference(formula.row(), formula.column()).formatAsString(false), formula.shown(),
                            recomputed, formula.formula()));
                }
            }
        }
        return notes;
    }

    /** The formula's value computed again and formatted like the cell, or null if POI cannot compute it. */
    private static String recomputed(FormulaEvaluator evaluator, Cell cell, CellFormats formats) {
        try {
            CellValue value = evaluator.evaluate(cell);
            if (value == null || value.getCellType() != CellType.NUMERIC) {
                return null;
            }
            return formats.shown(value.getNumberValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
        } catch (RuntimeException cannotCompute) {
            return null;
        }
    }
}
