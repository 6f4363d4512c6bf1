package ziping.source.table;

import org.junit.jupiter.api.Test;
import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GridBuilderTest {

    private static GridCell cell(int column, int columnSpan, int rowSpan, String... lines) {
        return new GridCell(column, columnSpan, rowSpan, List.of(lines), null);
    }

    @Test
    void columnsWhereNoCellStartsJoinTheirLeftNeighbourAndBlankRowsLeaveTheirSpans() {
        GridBuilder grid = new GridBuilder("g");
        grid.line(CellText.lines("  项目支出绩效 自评表 "));
        TableBuilder table = grid.table();
        table.add(0, 0, 3, 1, List.of("项目资金"));     // spans rows 0-2; row 1 is blank and goes
        table.add(0, 2, 1, 3, List.of("预算"));         // columns 1 and 3 start no cell
        table.add(1, 2, 1, 1, List.of());
        table.add(2, 2, 1, 2, List.of("年初"));
        table.add(2, 4, 1, 1, List.of("全年"));
        grid.table();                                    // an empty table takes no number
        grid.line(List.of(List.of("第一", "二"), List.of(), List.of("第三")), 9, 2);
        TableBuilder next = grid.table();
        next.add(5, 7, 1, 1, CellText.lines("10.00"));
        next.place(5, 30, 2);

        Grid built = grid.build();

        assertEquals(new Grid("g", List.of(
                new GridRow(GridRow.NO_TABLE, 1, null, List.of(cell(0, 1, 1, "项目支出绩效自评表"))),
                new GridRow(0, 2, null, List.of(cell(0, 1, 2, "项目资金"), cell(1, 2, 1, "预算"))),
                new GridRow(0, 3, null, List.of(cell(1, 1, 1, "年初"), cell(2, 1, 1, "全年"))),
                new GridRow(GridRow.NO_TABLE, 9, 2, List.of(cell(0, 1, 1, "第一", "二"), cell(1, 1, 1, "第三"))),
                new GridRow(1, 30, 2, List.of(cell(0, 1, 1, "10.00"))))), built);
    }

    @Test
    void cellTextBreaksAtNewlinesAndDropsSpacesNextToHan() {
        assertEquals(List.of("2024年12", "月24日", "Hello world"),
                CellText.lines("2024 年 12\r\n\n 月24日 \nHello \u00A0 world"));
    }
}
