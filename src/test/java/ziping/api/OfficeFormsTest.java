package ziping.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.parse.ParsedForm;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same forms read from each format units publish give the same model as from their PDF, field by field (every
 * string, figure and measure, with its printed scale): src/test/resources/office/ holds the seed forms as xlsx, xls,
 * docx and HTML (made by src/test/fixtures/office/make_office.py with the layout of the PDFs). Only where a field was
 * found (its span: lines and pages) may differ, since those count rows differently in each source.
 */
class OfficeFormsTest {
    private static final Path OFFICE = Path.of("src/test/resources/office");
    private static final Path PDF = Path.of("src/test/resources/pdf");

    @ParameterizedTest
    @CsvSource({
        "000,xlsx,1", "000,xls,1", "000,docx,1", "000,html,1",
        "001,xlsx,1", "001,xls,1", "001,docx,1", "001,html,1",
        "003,xlsx,14", "003,xls,14", "003,docx,14", "003,html,14",
    })
    void eachFormatGivesThePdfsModel(String seed, String format, int forms) {
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        List<Form> fromPdf = forms(ziping.parse(PDF.resolve(seed + ".pdf")));
        List<Form> fromFormat = forms(ziping.parse(OFFICE.resolve(seed + "." + format)));

        assertEquals(forms, fromPdf.size());
        for (int i = 0; i < forms; i++) {
            assertEquals(fromPdf.get(i), fromFormat.get(i), "form " + (i + 1));
        }
        assertEquals(fromPdf.size(), fromFormat.size());
    }

    private static List<Form> forms(ParsedFile file) {
        assertEquals(FileStatus.OK, file.status(), file.error());
        return file.forms().stream().map(d -> withoutSpans(((ParsedForm) d).form())).toList();
    }

    private static Form withoutSpans(Form f) {
        List<FundingRow> funding = f.funding().stream().map(r -> new FundingRow(r.label(), r.initialBudget(),
                r.budget(), r.executed(), r.weight(), r.rate(), r.score(), null)).toList();
        List<Indicator> indicators = f.indicators().stream().map(i -> new Indicator(i.level1(), i.level2(), i.name(),
                i.target(), i.actual(), i.weight(), i.score(), i.reason(), null)).toList();
        Form.Total total = f.total() == null ? null : new Form.Total(f.total().weight(), f.total().score(), null);
        return new Form(f.index(), f.year(), f.project(), f.department(), f.unit(), f.fundingUnit(), funding,
                f.expectedGoal(), f.actualResult(), indicators, total, null);
    }
}
