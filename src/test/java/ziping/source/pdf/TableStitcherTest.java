package ziping.source.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Joining pages: repeated header rows of a continued table go, everything else stays. */
class TableStitcherTest {
    private static final TableGrid WIDE = grid(0, 300);
    private static final TableGrid WIDE_ON_NEXT_PAGE = grid(0.5, 300.5);
    private static final TableGrid NARROW = grid(0, 200);

    @Test
    void repeatedHeaderAtTheTopOfAContinuedTableIsDropped() {
        TableStitcher stitcher = new TableStitcher();
        stitcher.addPage(1, List.of(text("Title"), row(WIDE, "一级指标", "分值"), row(WIDE, "产出指标", "10")));
        stitcher.addPage(2, List.of(row(WIDE_ON_NEXT_PAGE, "一级指标", "分值"), row(WIDE_ON_NEXT_PAGE, "", "5"),
                row(WIDE_ON_NEXT_PAGE, "", ""), row(WIDE_ON_NEXT_PAGE, "产出指标", "10"), text("填表人")));

        assertEquals(List.of("Title", "一级指标\t分值", "产出指标\t10", "\t5", "产出指标\t10", "填表人"),
                stitcher.lines());
        assertEquals(List.of(1, 1, 1, 2, 2, 2), stitcher.pages());
    }

    @Test
    void labelRepeatedOnTheNextPageContinuesAMergedCellOpenAtThePageEnd() {
        TableStitcher stitcher = new TableStitcher();
        stitcher.addPage(1, List.of(new PageRow(0, List.of(new RowCell("产出指标", 0, false, true),
                new RowCell("数量指标", 100, false, false), RowCell.text("10", 200)), WIDE)));
        stitcher.addPage(2, List.of(new PageRow(0, List.of(new RowCell("产出指标", 0.5, false, true),
                new RowCell("数量指标", 100.5, false, false), RowCell.text("5", 200.5)), WIDE_ON_NEXT_PAGE),
                new PageRow(20, List.of(new RowCell("产出指标", 0.5, true, true),
                        new RowCell("质量指标", 100.5, false, false), RowCell.text("4", 200.5)), WIDE_ON_NEXT_PAGE)));

        assertEquals(List.of("产出指标\t数量指标\t10", "\t数量指标\t5", "\t质量指标\t4"), stitcher.lines());
    }

    @Test
    void repeatedHeaderMissingTheLabelOfACutMergedCellIsStillDropped() {
        TableStitcher stitcher = new TableStitcher();
        stitcher.addPage(1, List.of(row(WIDE, "绩效指标", "一级指标", "分值"), row(WIDE, "", "产出指标", "10")));
        stitcher.addPage(2, List.of(row(WIDE_ON_NEXT_PAGE, "", "一级指标", "分值"),
                row(WIDE_ON_NEXT_PAGE, "", "", "5"), row(WIDE_ON_NEXT_PAGE, "", "分值", "")));

        assertEquals(List.of("绩效指标\t一级指标\t分值", "\t产出指标\t10", "\t\t5", "\t分值\t"), stitcher.lines());
    }

    @Test
    void tableBelowATitleOnTheNextPageIsANewTable() {
        TableStitcher stitcher = new TableStitcher();
        stitcher.addPage(1, List.of(row(WIDE, "一级指标", "分值")));
        stitcher.addPage(2, List.of(text("项目支出绩效自评表"), row(WIDE_ON_NEXT_PAGE, "一级指标", "分值")));

        assertEquals(List.of("一级指标\t分值", "项目支出绩效自评表", "一级指标\t分值"), stitcher.lines());
    }

    @Test
    void tableWithOtherEdgesOnTheNextPageIsANewTable() {
        TableStitcher stitcher = new TableStitcher();
        stitcher.addPage(1, List.of(row(WIDE, "一级指标", "分值")));
        stitcher.addPage(2, List.of(row(NARROW, "一级指标", "分值")));

        assertEquals(List.of("一级指标\t分值", "一级指标\t分值"), stitcher.lines());
    }

    @Test
    void linesKeepRawCharactersAndNormaliseRadicals() {
        TableStitcher stitcher = new TableStitcher();
        stitcher.addPage(1, List.of(row(WIDE, "\u2f00级指标", "10")));

        assertEquals(List.of("一级指标\t10"), stitcher.lines());
        assertEquals(List.of("\u2f00级指标\t10"), stitcher.rawLines());
    }

    private static PageRow row(TableGrid table, String... fields) {
        return new PageRow(0, Stream.of(fields).map(f -> RowCell.text(f, 0)).toList(), table);
    }

    private static PageRow text(String line) {
        return new PageRow(0, List.of(RowCell.text(line, 0)), null);
    }

    private static TableGrid grid(double left, double right) {
        return new TableGrid(List.of(new Ruling(true, 0, left, right), new Ruling(true, 20, left, right)),
                List.of(new Ruling(false, left, 0, 20), new Ruling(false, right, 0, 20)));
    }
}
