package ziping.source.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import ziping.source.table.GridBuilder;
import ziping.source.table.TableBuilder;

/**
 * One data table of a page: its rows ({@code <tr>} directly in the table or in its {@code thead/tbody/tfoot}), each
 * {@code <td>}/{@code <th>} placed at the first column its row leaves free, as the HTML table model does, spanning
 * {@code colspan} columns (at most {@value #MAX_COLSPAN}) and {@code rowspan} rows (0 or past the end: to the last
 * row); a table has at most {@value #MAX_COLUMNS} columns. A {@code <caption>} is a line before the table.
 */
final class HtmlTable {
    private static final int MAX_COLSPAN = 1000;
    /** Columns a table may have; cells past them are dropped (a form has a few dozen). */
    private static final int MAX_COLUMNS = 1000;

    private HtmlTable() {
    }

    /** Whether a table holds no other table (one that does only lays out the page). */
    static boolean isData(Element table) {
        boolean[] nested = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > 0 && node instanceof Element e && e.normalName().equals("table")) {
                    nested[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, table);
        return !nested[0];
    }

    static void read(Element table, GridBuilder grid) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> grid.line(lines(child));
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> rows.addAll(child.children().stream()
                        .filter(e -> e.normalName().equals("tr")).toList());
                default -> {
                }
            }
        }
        TableBuilder builder = grid.table();
        Map<Integer, BitSet> taken = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            BitSet row = taken.computeIfAbsent(r, k -> new BitSet());
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                column = row.nextClearBit(column);
                int columnSpan = Math.max(1, Math.min(span(cell, "colspan", 1), MAX_COLSPAN));
                if (column + columnSpan > MAX_COLUMNS) {
                    break;
                }
                int rowSpan = span(cell, "rowspan", 1);
                rowSpan = rowSpan == 0 ? rows.size() - r : Math.min(rowSpan, rows.size() - r);
                for (int below = r; below < r + rowSpan; below++) {
                    taken.computeIfAbsent(below, k -> new BitSet()).set(column, column + columnSpan);
                }
                builder.add(r, column, rowSpan, columnSpan, lines(cell));
                column += columnSpan;
            }
        }
    }

    private static List<String> lines(Element element) {
        BlockLines text = new BlockLines();
        NodeTraversor.filter(text, element);
        text.endLine();
        return text.takeLines();
    }

    /** A span attribute: its leading digits, or {@code absent} when it has none (HTML's rules for such numbers). */
    private static int span(Element cell, String attribute, int absent) {
        String value = cell.attr(attribute).strip();
        int digits = 0;
        while (digits < value.length() && digits < 6 && Character.isDigit(value.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? absent : Integer.parseInt(value, 0, digits, 10);
    }
}
