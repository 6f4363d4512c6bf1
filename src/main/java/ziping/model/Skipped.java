package ziping.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A check that did not run, or ran only in part, on a form because its inputs were not read cleanly: the rule, the
 * sections it reads that were read only in part, the parse findings (rule ids) that said so, and {@code rows}: null
 * when the check did not run on the form at all, else the rows (0-based, as findings count them) of each section
 * that it left out while checking the others.
 */
public record Skipped(String rule, List<Section> sections, List<String> because, Map<Section, List<Integer>> rows) {
    public Skipped {
        if (rows != null) {
            Map<Section, List<Integer>> copy = new EnumMap<>(Section.class);
            rows.forEach((section, list) -> copy.put(section, List.copyOf(list)));
            rows = Collections.unmodifiableMap(copy);
        }
    }

    /** A check that did not run on the form at all. */
    public Skipped(String rule, List<Section> sections, List<String> because) {
        this(rule, sections, because, null);
    }

    /** Whether the check ran on the rows that were read cleanly. */
    public boolean inPart() {
        return rows != null;
    }
}
