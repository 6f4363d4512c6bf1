package ziping.source.office;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;
import ziping.source.html.HtmlReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed forms as xlsx, xls, docx and HTML give the same tables: the same cell texts in the same rows, columns and
 * spans; and the same lines outside them (the HTML page also has its navigation and footer around them).
 */
class OfficeGridsTest {
    private static final Path OFFICE = Path.of("src/test/resources/office");

    /** A row without its line number and page, which each source counts its way. */
    private record Placed(int table, List<GridCell> cells) {
    }

    private static Grid grid(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(OFFICE.resolve(file));
        return file.endsWith(".html") ? HtmlReader.read(file, bytes) : OfficeReader.read(file, bytes, null).grid();
    }

    private static List<Placed> tables(Grid grid) {
        return grid.rows().stream().filter(GridRow::inTable).map(r -> new Placed(r.table(), r.cells())).toList();
    }

    private static List<String> linesOutside(Grid grid) {
        return grid.rows().stream().filter(r -> !r.inTable()).map(GridRow::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003"})
    void everyFormatHoldsTheSameTables(String seed) throws Exception {
        Grid xlsx = grid(seed + ".xlsx");
        int forms = seed.equals("003") ? 14 : 1;

        assertEquals(forms, tables(xlsx).get(tables(xlsx).size() - 1).table() + 1);
        for (String format : List.of("xls", "docx", "html")) {
            assertEquals(tables(xlsx), tables(grid(seed + "." + format)), format);
        }
        List<String> titles = linesOutside(xlsx);
        assertEquals(2 * forms, titles.size());
        assertEquals(titles, linesOutside(grid(seed + ".docx")));
        List<String> page = linesOutside(grid(seed + ".html"));
        assertEquals(titles, page.subList(7, page.size() - 1));
        assertEquals(List.of("北京市财政局", "首页", "政务公开", "政策法规", "预算决算", "绩效管理",
                "当前位置：首页>绩效管理>绩效自评"), page.subList(0, 7));
        assertEquals("主办：北京市财政局网站标识码：1100000000", page.get(page.size() - 1));
    }
}
