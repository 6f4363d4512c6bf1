package ziping.source.html;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

import ziping.grid.Grid;
import ziping.source.UnreadableInputException;
import ziping.source.table.GridBuilder;

/**
 * Reads an HTML page into a grid: every data table (a {@code <table>} with no table inside it) becomes a grid table
 * with its rowspans and colspans resolved into columns ({@link HtmlTable}); the text outside data tables (titles in
 * headings, paragraphs, divs, the cells of layout tables that only wrap other tables, navigation) becomes one row
 * outside tables per line, in document order. Rows are numbered by their position in the grid; there are no pages.
 */
public final class HtmlReader {

    private HtmlReader() {
    }

    public static Grid read(String path, byte[] bytes) throws UnreadableInputException {
        Document document = Jsoup.parse(HtmlCharset.decode(bytes));
        GridBuilder grid = new GridBuilder(path);
        PageText text = new PageText(grid);
        NodeTraversor.filter(text, document);
        text.endLine();
        return grid.build();
    }

    /** Lines outside data tables go to the grid as they end; a data table is read whole and skipped. */
    private static final class PageText extends BlockLines {
        private final GridBuilder grid;

        PageText(GridBuilder grid) {
            this.grid = grid;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && element.normalName().equals("table") && HtmlTable.isData(element)) {
                endLine();
                HtmlTable.read(element, grid);
                return FilterResult.SKIP_ENTIRELY;
            }
            return super.head(node, depth);
        }

        @Override
        void endLine() {
            super.endLine();
            for (String line : takeLines()) {
                grid.line(List.of(line));
            }
        }
    }
}
