package ziping.read.text;

import org.junit.jupiter.api.Test;
import ziping.api.Ziping;
import ziping.model.Finding;
import ziping.model.Indicator;
import ziping.result.FileResult;
import ziping.result.FormResult;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Chromium's pdftotext -layout text of seed 113029 f058 (its weight_sum error injected: row 12's 分值 0.0): the two-line
 * name 公共厕所维护完成时间 of row 1 stands above its values line, in one run of name lines with row 0's, and goes to row 0.
 * Row 1 is left without a name, but its 分值 and 得分 are the two numbers of its own values line: its text is in doubt
 * (ZP007), not stray (ZP003), so the sums still run. The clean variant is the same text with row 12 at 5.0 / 5.00 and
 * the 总分 score 89.57.
 */
class LayoutNamelessRowTest {
    private static final Path ROOT = Path.of("src/test/resources/text/layout");
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    @Test
    void theWeightSumIsCheckedPastARowWhoseNameWentToTheRowAbove() {
        FormResult read = read("chromium-name-wrapped-into-row-above-weight-sum.txt");
        assertEquals(List.of("ZP007 1 null", "ZP301 null 95.0"), findings(read));
        Indicator nameless = read.form().indicators().get(1);
        assertEquals(List.of("", "5.0", "5.00"),
                List.of(nameless.name(), nameless.weight().raw(), nameless.score().raw()));
    }

    @Test
    void theCleanVariantRaisesNoError() {
        FormResult read = read("chromium-name-wrapped-into-row-above-clean.txt");
        assertEquals(List.of("ZP007 1 null"), findings(read));
        assertEquals(List.of("ZP105", "ZP201", "ZP203", "ZP204", "ZP205", "ZP206", "ZP207", "ZP208", "ZP303", "ZP305"),
                read.skipped().stream().map(s -> s.rule()).toList());
    }

    private static List<String> findings(FormResult read) {
        return read.findings().stream().map(LayoutNamelessRowTest::brief).toList();
    }

    private static String brief(Finding f) {
        return f.rule() + " " + f.row() + " " + f.computed();
    }

    private static FormResult read(String file) {
        FileResult result = ZIPING.check(ROOT.resolve(file));
        assertEquals(1, result.forms().size());
        return (FormResult) result.forms().get(0);
    }
}
