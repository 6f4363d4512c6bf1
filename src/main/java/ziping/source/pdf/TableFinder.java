package ziping.source.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the ruled tables of a page: connected groups of crossing rulings with at least two of each direction. */
final class TableFinder {
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
            if (distinctPositions(horizontals) >= 2 && distinctPositions(verticals) >= 2) {
                tables.add(new TableGrid(horizontals, verticals));
            }
        }
        return tables;
    }

    private static long distinctPositions(List<Ruling> rulings) {
        return rulings.stream().mapToDouble(Ruling::position).distinct().count();
    }
}
