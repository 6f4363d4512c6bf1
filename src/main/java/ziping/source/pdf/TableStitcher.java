package ziping.source.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ziping.text.HanNormalizer;

/**
 * Collects the page rows of a document into numbered lines. A table that starts a page where the previous page
 * ended with a table of the same left and right edges continues it: its leading rows that repeat rows already
 * read (the header printed again on each page) are dropped. Blank table rows are dropped everywhere.
 */
final class TableStitcher {
    private final List<String> lines = new ArrayList<>();
    private final List<String> rawLines = new ArrayList<>();
    private final List<Integer> pages = new ArrayList<>();
    private TableGrid lastTable;
    private Set<String> lastTableLines;

    void addPage(int page, List<PageRow> rows) {
        Map<TableGrid, Set<String>> linesByTable = new IdentityHashMap<>();
        TableGrid continuation = continuation(rows);
        if (continuation != null) {
            linesByTable.put(continuation, lastTableLines);
        }
        lastTable = null;
        boolean atTopOfContinuation = continuation != null;
        for (PageRow row : rows) {
            if (row.blank()) {
                continue;
            }
            String raw = row.line();
            String line = HanNormalizer.normalizeChars(raw);
            if (row.table() != null) {
                Set<String> tableLines = linesByTable.computeIfAbsent(row.table(), t -> new HashSet<>());
                if (row.table() == continuation && atTopOfContinuation && tableLines.contains(line)) {
                    continue;
                }
                atTopOfContinuation &= row.table() != continuation;
                tableLines.add(line);
                lastTable = row.table();
                lastTableLines = tableLines;
            }
            rawLines.add(raw);
            lines.add(line);
            pages.add(page);
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    List<String> rawLines() {
        return List.copyOf(rawLines);
    }

    List<Integer> pages() {
        return List.copyOf(pages);
    }

    /** The first table of this page, if it continues the last table of the previous page. */
    private TableGrid continuation(List<PageRow> rows) {
        TableGrid first = rows.stream().map(PageRow::table).filter(Objects::nonNull).findFirst().orElse(null);
        boolean sameEdges = first != null && lastTable != null
                && Math.abs(first.left() - lastTable.left()) <= Rulings.TOLERANCE
                && Math.abs(first.right() - lastTable.right()) <= Rulings.TOLERANCE;
        return sameEdges ? first : null;
    }
}
