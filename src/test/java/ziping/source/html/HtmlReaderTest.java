package ziping.source.html;

import org.junit.jupiter.api.Test;
import ziping.grid.Grid;
import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlReaderTest {
    private static final Charset GBK = Charset.forName("GBK");

    private static GridCell cell(int column, int columnSpan, int rowSpan, String... lines) {
        return new GridCell(column, columnSpan, rowSpan, List.of(lines), null);
    }

    private static GridRow row(int table, int line, GridCell... cells) {
        return new GridRow(table, line, null, List.of(cells));
    }

    private static GridRow text(int line, String text) {
        return row(GridRow.NO_TABLE, line, cell(0, 1, 1, text));
    }

    private static Grid read(String html) throws Exception {
        return HtmlReader.read("p.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void spansResolveIntoColumnsAndTextAroundTablesIsLinesInDocumentOrder() throws Exception {
        Grid grid = read("""
                <!DOCTYPE html><html><head><title>不读</title><script>var x = "不读";</script></head><body>
                <div class="nav"><a href="/">首页</a> &gt; <a>绩效</a></div>
                <h2>项目支出绩效 自评表</h2><p>（2024年度）</p>
                <table><caption>表一</caption>
                <thead><tr><th rowspan="2">项目资金</th><th colspan="2">预算</th><th>得分</th></tr></thead>
                <tbody><tr><td>年初</td><td>全年<br>（A）</td><td rowspan="0">9.47</td></tr>
                <tr><td>&nbsp;</td><td colspan=" 2 ">合计</td></tr></tbody></table>
                <p>第二段<br/>两行</p>
                </body></html>""");

        assertEquals(List.of(text(1, "首页>绩效"), text(2, "项目支出绩效自评表"), text(3, "（2024年度）"),
                text(4, "表一"),
                row(0, 5, cell(0, 1, 2, "项目资金"), cell(1, 2, 1, "预算"), cell(3, 1, 1, "得分")),
                row(0, 6, cell(1, 1, 1, "年初"), cell(2, 1, 1, "全年", "（A）"), cell(3, 1, 2, "9.47")),
                row(0, 7, cell(0, 1, 1), cell(1, 2, 1, "合计")),
                text(8, "第二段"), text(9, "两行")), grid.rows());
    }

    @Test
    void layoutTablesAreReadAsTextAroundTheirInnermostDataTables() throws Exception {
        Grid grid = read("""
                <table><tr><td>导航</td><td><h2>标题</h2>
                  <table><tr><td>甲</td><td>乙</td></tr></table>
                  <table><tr><td>丙</td></tr></table>
                </td></tr></table>""");

        assertEquals(List.of(text(1, "导航"), text(2, "标题"), row(0, 3, cell(0, 1, 1, "甲"), cell(1, 1, 1, "乙")),
                row(1, 4, cell(0, 1, 1, "丙"))), grid.rows());
    }

    @Test
    void hugeSpansAreBounded() throws Exception {
        Grid grid = read("<table><tr><td colspan=\"5000\">宽</td><td>过界</td></tr>"
                + "<tr><td rowspan=\"99999999\">高</td><td colspan=\"0\">零</td></tr><tr><td>末</td></tr></table>");

        assertEquals(List.of(row(0, 1, cell(0, 2, 1, "宽")),
                row(0, 2, cell(0, 1, 2, "高"), cell(1, 1, 1, "零")),
                row(0, 3, cell(1, 1, 1, "末"))), grid.rows());
    }

    @Test
    void tenThousandNestedTablesCostNoStack() throws Exception {
        Grid grid = read("<table><tr><td>".repeat(10_000) + "最里面" + "</td></tr></table>".repeat(10_000));

        assertEquals("最里面", grid.rows().get(grid.rows().size() - 1).text());
    }

    @Test
    void charsetComesFromTheByteOrderMarkThenTheMetaTagThenASniff() throws Exception {
        String page = "<html><head>%s</head><body><p>项目支出绩效自评表</p></body></html>";
        byte[] metaGbk = page.formatted("<meta charset=\"gbk\">").getBytes(GBK);
        byte[] httpEquiv = page.formatted("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">")
                .getBytes(GBK);
        byte[] sniffed = page.formatted("").getBytes(GBK);
        byte[] utf8 = page.formatted("").getBytes(StandardCharsets.UTF_8);
        byte[] bomOverMeta = ("\uFEFF" + page.formatted("<meta charset=\"gbk\">")).getBytes(StandardCharsets.UTF_8);

        for (byte[] bytes : List.of(metaGbk, httpEquiv, sniffed, utf8, bomOverMeta)) {
            assertEquals(List.of(text(1, "项目支出绩效自评表")), HtmlReader.read("p.html", bytes).rows());
        }
    }

    @Test
    void gbkFixturePageReadsItsTitle() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/office/001.html"));
        Grid grid = HtmlReader.read("001.html", page);

        assertEquals(Charset.forName("GB18030"), HtmlCharset.declared(page));
        assertEquals("北京市财政局", grid.rows().get(0).text());
        assertEquals(1, grid.rows().stream().filter(r -> r.text().equals("项目支出绩效自评表")).count());
    }
}
