package ziping.source.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cleans the raw rulings of a page the lattice way (tabula-java, pdfplumber): nearly equal positions are snapped
 * to one, collinear segments that overlap or touch are joined, and ends that stop just short of a crossing ruling
 * are extended to it.
 */
final class Rulings {
    /** Coordinates closer than this (points) are the same line. */
    static final double TOLERANCE = 2.0;

    private Rulings() {
    }

    static List<Ruling> normalize(List<Ruling> raw) {
        List<Ruling> horizontals = join(snap(select(raw, Ruling::horizontal)));
        List<Ruling> verticals = join(snap(select(raw, ruling -> !ruling.horizontal())));
        List<Ruling> result = new ArrayList<>();
        horizontals.forEach(ruling -> result.add(extend(ruling, verticals)));
        verticals.forEach(ruling -> result.add(extend(ruling, horizontals)));
        return result;
    }

    private static List<Ruling> select(List<Ruling> rulings, Predicate<Ruling> condition) {
        return rulings.stream().filter(condition).sorted(Comparator.comparingDouble(Ruling::position)).toList();
    }

    /** Groups positions that lie within {@link #TOLERANCE} of a group's first one and moves them to its mean. */
    private static List<Ruling> snap(List<Ruling> sorted) {
        List<Ruling> result = new ArrayList<>();
        int groupStart = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).position() - sorted.get(groupStart).position() > TOLERANCE) {
                List<Ruling> group = sorted.subList(groupStart, i);
                double mean = group.stream().mapToDouble(Ruling::position).average().orElseThrow();
                group.forEach(r -> result.add(new Ruling(r.horizontal(), mean, r.start(), r.end())));
                groupStart = i;
            }
        }
        return result;
    }

    private static List<Ruling> join(List<Ruling> snapped) {
        List<Ruling> sorted = snapped.stream()
                .sorted(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start)).toList();
        List<Ruling> result = new ArrayList<>();
        for (Ruling ruling : sorted) {
            Ruling last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && last.position() == ruling.position() && ruling.start() <= last.end() + TOLERANCE) {
                result.set(result.size() - 1, new Ruling(last.horizontal(), last.position(), last.start(),
                        Math.max(last.end(), ruling.end())));
            } else {
                result.add(ruling);
            }
        }
        return result;
    }

    private static Ruling extend(Ruling ruling, List<Ruling> crossing) {
        double start = ruling.start();
        double end = ruling.end();
        for (Ruling other : crossing) {
            if (other.covers(ruling.position(), TOLERANCE)) {
                if (Math.abs(other.position() - ruling.start()) <= TOLERANCE) {
                    start = Math.min(start, other.position());
                }
                if (Math.abs(other.position() - ruling.end()) <= TOLERANCE) {
                    end = Math.max(end, other.position());
                }
            }
        }
        return new Ruling(ruling.horizontal(), ruling.position(), start, end);
    }
}
