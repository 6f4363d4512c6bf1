package ziping.api;

import ziping.result.ParsedFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ziping.model.Check;
import ziping.model.Finding;
import ziping.model.Message;
import ziping.model.Section;
import ziping.model.Severity;
import ziping.model.Span;
import ziping.parse.ParsedForm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A workbook saved without recalculation: the form reads what it shows, and the stale formula is a ZP006 finding. */
class StaleFormulaTest {

    @Test
    void aFormulaWhoseCachedValueIsStaleIsAParseFindingOfItsRow() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Files.readAllBytes(Path.of("src/test/resources/office/000.xlsx"))))) {
            workbook.getSheetAt(0).getRow(5).getCell(7).setCellValue(0.5);   // H6 =F6/E6 holds 0.5, shows 50.00%
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }

        ParsedFile parsed = new Ziping(Ziping.Options.defaults()).parse("stale.xlsx", new ByteArrayInputStream(bytes));

        ParsedForm form = (ParsedForm) parsed.forms().get(0);
        assertEquals("50.00%", form.form().funding().get(0).rate().raw());
        assertEquals(List.of(new Finding("ZP006", Check.PARSE, Severity.WARNING, Section.FUNDING, 0, "H6", "50.00%",
                "94.66%", "=F6/E6", Message.of("parse.ZP006", "H6", "=F6/E6", "94.66%", "50.00%"),
                new Span(6, 6, 1))), form.problems().stream().filter(f -> f.rule().equals("ZP006")).toList());
    }
}
