package ziping.rules;

import ziping.model.Finding;
import ziping.model.Section;
import ziping.model.Skipped;
import ziping.parse.ParseIssue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sections of a document that were read only in part, with the parse findings that said so (a missing part, a
 * cell that could not be read, text that fits no row, a row whose cells do not match the columns).
 */
final class PartialSections {
    private final Map<Section, Set<String>> because;

    private PartialSections(Map<Section, Set<String>> because) {
        this.because = because;
    }

    static PartialSections of(List<Finding> problems) {
        Map<Section, Set<String>> because = new EnumMap<>(Section.class);
        for (Finding problem : problems) {
            if (problem.section() != null && ParseIssue.damages(problem.rule())) {
                because.computeIfAbsent(problem.section(), s -> new LinkedHashSet<>()).add(problem.rule());
            }
        }
        return new PartialSections(because);
    }

    /** Why a rule must not run here, or null when every section it reads was read cleanly. */
    Skipped skip(Rule<?> rule) {
        List<Section> sections = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        for (Section section : rule.inputs()) {
            Set<String> by = because.get(section);
            if (by != null) {
                sections.add(section);
                rules.addAll(by);
            }
        }
        sections.sort(null);
        return sections.isEmpty() ? null : new Skipped(rule.id(), List.copyOf(sections), List.copyOf(rules));
    }
}
