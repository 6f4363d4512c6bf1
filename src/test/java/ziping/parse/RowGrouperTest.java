package ziping.parse;

import org.junit.jupiter.api.Test;
import ziping.parse.RowGrouper.Fragment;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Grouping the physical lines of table rows around their anchor lines (columns: 0 label, 1 name, 2 number, 3 text). */
class RowGrouperTest {
    @Test
    void wrappedCellsCentredOnTheAnchorJoinTheirRow() {
        // 0: 经济成本指            |  1: (anchor) 硬件采购成本 5.00  |  2: 标   |  4: (anchor) 系统利用率 10.00
        List<Fragment> fragments = List.of(new Fragment(0, 0, "经济成本指"), new Fragment(1, 1, "硬件采购成本"),
                new Fragment(1, 2, "5.00"), new Fragment(2, 0, "标"), new Fragment(4, 1, "系统利用率"),
                new Fragment(4, 2, "10.00"));
        List<RowGrouper.Row> rows = RowGrouper.group(List.of(1, 4), fragments, 4);
        assertEquals(List.of("经济成本指标", "硬件采购成本", "5.00", ""), rows.get(0).cells());
        assertEquals(List.of("", "系统利用率", "10.00", ""), rows.get(1).cells());
        assertEquals(0, rows.get(0).top());
        assertEquals(2, rows.get(0).bottom());
    }

    @Test
    void aLongCellContinuesAcrossLinesInterleavedByAnotherColumn() {
        // The reason (column 3) of the row anchored at 5 runs from line 1 to 10; lines 4, 6 and 8 hold only a
        // half-line-offset label of column 0, and line 3's reason line is as far from anchor 0 as from anchor 5.
        List<Fragment> fragments = List.of(new Fragment(0, 2, "0.00"), new Fragment(0, 1, "网络建设成本"),
                new Fragment(1, 3, "项目总体支出未超预"), new Fragment(2, 3, "算，下一步，做好市"),
                new Fragment(3, 3, "场价格调查和项目前"), new Fragment(4, 0, "经济成本指"),
                new Fragment(5, 1, "硬件采购成本"), new Fragment(5, 2, "4.79"), new Fragment(5, 3, "期筹划，合理编制预"),
                new Fragment(6, 0, "标"), new Fragment(7, 3, "算，持续加强成本控"), new Fragment(8, 0, "成本指标"),
                new Fragment(9, 3, "制，避免超预算支出"), new Fragment(10, 3, "。"),
                new Fragment(11, 1, "软件采购成本"), new Fragment(11, 2, "5.00"));
        List<RowGrouper.Row> rows = RowGrouper.group(List.of(0, 5, 11), fragments, 4);
        assertEquals("", rows.get(0).cells().get(3));
        assertEquals("项目总体支出未超预算，下一步，做好市场价格调查和项目前期筹划，合理编制预算，持续加强成本控制，避免超预算支出。",
                rows.get(1).cells().get(3));
        assertEquals("", rows.get(2).cells().get(3));
    }

    @Test
    void aCellEndingInAShortLineDoesNotContinueIntoTheNextRow() {
        // Name of the row at 1 wraps to line 2 ("平台"); line 3 holds another column only; the next row's name
        // starts at line 4.
        List<Fragment> fragments = List.of(new Fragment(0, 1, "国产化应急管理视频图像管理"), new Fragment(1, 2, "10"),
                new Fragment(2, 1, "平台"), new Fragment(3, 0, "产出指标"), new Fragment(4, 1, "平台功能操作使用智能化，支"),
                new Fragment(5, 1, "撑业务系统能力是否稳定可靠"), new Fragment(5, 2, "5"), new Fragment(6, 1, "。"));
        List<RowGrouper.Row> rows = RowGrouper.group(List.of(1, 5), fragments, 4);
        assertEquals("国产化应急管理视频图像管理平台", rows.get(0).cells().get(1));
        assertEquals("平台功能操作使用智能化，支撑业务系统能力是否稳定可靠。", rows.get(1).cells().get(1));
    }

    @Test
    void aCellHalfwayBetweenTwoRowsGoesToTheRowWhoseCellIsEmpty() {
        // Line 2 holds a score as far from anchor 0 (whose score cell is empty) as from anchor 4 (which has one).
        List<Fragment> fragments = List.of(new Fragment(0, 0, "年度资金总额"), new Fragment(2, 2, "10.00"),
                new Fragment(4, 0, "当年财政拨款"), new Fragment(4, 2, "_"));
        List<RowGrouper.Row> rows = RowGrouper.group(List.of(0, 4), fragments, 4);
        assertEquals("10.00", rows.get(0).cells().get(2));
        assertEquals("_", rows.get(1).cells().get(2));
    }

    @Test
    void displayWidthCountsCjkTwice() {
        assertEquals(8, RowGrouper.width("确保2024"));
        assertEquals(4, RowGrouper.width("（）"));
    }
}
