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
 * Layout text rows whose text could not be placed while their 分值 and 得分 are their own values line's numbers.
 *
 * <p>Chromium's pdftotext -layout text of seed 113029 f058 (its weight_sum error injected: row 12's 分值 0.0): the two-line
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

    /**
     * Chromium's text of seed 120517 f039 (its total_score error injected): row 0's actual {@code 9个工作日} and the
     * next row's wrapped {@code 工作日} cannot be told apart, but row 0's 分值 and 得分 are its values line's own: its text
     * is in doubt (ZP007, not an unreadable cell), so the score sum still runs.
     */
    @Test
    void theScoreSumIsCheckedPastARowWhoseActualCouldNotBeToldFromTheNextRows() {
        FormResult read = read("chromium-actual-wrapped-against-next-row-total-score.txt");
        assertEquals(List.of("ZP007 0 null", "ZP302 null [91.635, 91.725]"), findings(read));
        Indicator first = read.form().indicators().get(0);
        assertEquals(List.of("视频监控点位服务准确率", "9个工作日 | 工作日", "14.0", "14.00"),
                List.of(first.name(), first.actual().raw(), first.weight().raw(), first.score().raw()));
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
