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
 * name 公共厕所维护完成时间 of row 1 stands above its values line ({@code 公共厕所维护完成时间 2022年11月30} /
 * {@code 日 2022年4月5日 5.0 5.00}), in one run of name lines with row 0's. It used to go to row 0, row 1 left without a
 * name and its text in doubt (ZP007); the values line holds nothing left of the values under a name's short last line,
 * so the name is row 1's ({@code IndicatorBody#valuesAlone}) and the form reads whole. The clean variant is the same
 * text with row 12 at 5.0 / 5.00 and the 总分 score 89.57.
 */
class LayoutNamelessRowTest {
    private static final Path ROOT = Path.of("src/test/resources/text/layout");
    private static final Ziping ZIPING = new Ziping(Ziping.Options.defaults());

    @Test
    void theWeightSumIsCheckedWithTheRowWhoseValuesStandUnderItsName() {
        FormResult read = read("chromium-name-wrapped-into-row-above-weight-sum.txt");
        assertEquals(List.of("ZP301 null 95.0"), findings(read));
        Indicator row = read.form().indicators().get(1);
        assertEquals(List.of("公共厕所维护完成时间", "2022年11月30日", "2022年4月5日", "5.0", "5.00"),
                List.of(row.name(), row.target().raw(), row.actual().raw(), row.weight().raw(), row.score().raw()));
        assertEquals("农村地区绿化养护及时率", read.form().indicators().get(0).name());
    }

    @Test
    void theCleanVariantRaisesNoFinding() {
        FormResult read = read("chromium-name-wrapped-into-row-above-clean.txt");
        assertEquals(List.of(), findings(read));
        assertEquals(List.of(), read.skipped().stream().map(s -> s.rule()).toList());
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
