package ziping.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

class LabelKeyTest {

    @Test
    void printedCharactersAreCountedWithoutAnyKindOfSpace() {
        assertFalse(LabelKey.printsMoreThan(List.of("项 目\u3000名\u00a0称"), 4));
        assertTrue(LabelKey.printsMoreThan(List.of("项目名称", "(万元)"), 4));
        assertFalse(LabelKey.printsMoreThan(List.of("\u2007\u202f项目"), 2), "figure and narrow spaces print nothing");
        assertEquals(4, LabelKey.compact("项 目\u3000名\u00a0称").length(), "the count is a lower bound of compact's");
    }

    @Test
    void aRowCountsTheCharactersOfAllItsCellsAndLines() {
        GridRow row = new GridRow(0, 1, 1, List.of(GridCell.of(0, "一二三"),
                new GridCell(1, 1, 1, List.of("四五", "六"), null)));

        assertFalse(LabelKey.printsMoreThan(row, 6));
        assertTrue(LabelKey.printsMoreThan(row, 5));
    }

    @Test
    void aSignaturePrintedWithASpaceBetweenEveryCharacterStillNamesItsFamily() {
        List<GridRow> rows = TestGrid.of(
                "年 度 资 金 总 额 ： ¦ 100.00",
                "其 中 ： 本 年 财 政 拨 款 ¦ 100.00").rows();

        assertEquals("CN-A/AH", Templates.builtIn().match(rows).id());
    }
}
