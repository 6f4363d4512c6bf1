package ziping.source.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the ruled tables of a page: connected groups of crossing rulings with at least two of each direction. */
final class TableFinder {
    /** Verticals running on this far (points) past the outer horizontals mean a row whose border is missing. */
    private static final double OPEN_END = 4.0;

    private TableFinder() {
    }

    static List<TableGrid> find(List<Ruling> normalized) {
        DisjointSets crossing = new DisjointSets(normalized.size());
        for (int i = 0; i < normalized.size(); i++) {
            PageLimitException.checkInterrupt();
            for (int j = i + 1; j < normalized.size(); j++) {
                if (normalized.get(i).crosses(normalized.get(j), Rulings.TOLERANCE)) {
                    crossing.union(i, j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
        for (int i = 0; i < normalized.size(); i++) {
            groups.computeIfAbsent(crossing.find(i), k -> new ArrayList<>()).add(normalized.get(i));
        }
        List<TableGrid> tables = new ArrayList<>();
        for (List<Ruling> group : groups.values()) {
            List<Ruling> horizontals = group.stream().filter(Ruling::horizontal).toList();
            List<Ruling> verticals = group.stream().filter(r -> !r.horizontal()).toList();
            if (distinctPositions(horizontals) >= 1 && distinctPositions(verticals) >= 2) {
                List<Ruling> closed = closeOpenEnds(horizontals, verticals);
                if (distinctPositions(closed) >= 2) {
                    tables.add(new TableGrid(closed, verticals));
                }
            }
        }
        return tables;
    }

    /**
     * The horizontals with the table's open ends closed: where the verticals run on above the first horizontal or
     * below the last one, a row cut by a page break has lost its border to the other page (a browser draws a row's
     * top border as the previous row's bottom), so a ruling is added where the verticals end.
     */
    private static List<Ruling> closeOpenEnds(List<Ruling> horizontals, List<Ruling> verticals) {
        double top = horizontals.stream().mapToDouble(Ruling::position).min().orElseThrow();
        double bottom = horizontals.stream().mapToDouble(Ruling::position).max().orElseThrow();
        List<Ruling> closed = new ArrayList<>(horizontals);
        List<Ruling> above = verticals.stream().filter(v -> v.start() < top - OPEN_END).toList();
        if (above.size() >= 2) {
            closed.add(across(above, above.stream().mapToDouble(Ruling::start).min().orElseThrow()));
        }
        List<Ruling> below = verticals.stream().filter(v -> v.end() > bottom + OPEN_END).toList();
        if (below.size() >= 2) {
            closed.add(across(below, below.stream().mapToDouble(Ruling::end).max().orElseThrow()));
        }
        return closed;
    }

    private static Ruling across(List<Ruling> verticals, double y) {
        double left = verticals.stream().mapToDouble(Ruling::position).min().orElseThrow();
        double right = verticals.stream().mapToDouble(Ruling::position).max().orElseThrow();
        return new Ruling(true, y, left, right);
    }

    private static long distinctPositions(List<Ruling> rulings) {
        return rulings.stream().mapToDouble(Ruling::position).distinct().count();
    }
}
