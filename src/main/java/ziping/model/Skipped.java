package ziping.model;

import java.util.List;

/**
 * A check that did not run on a form because its inputs were not read cleanly: the rule, the sections it reads that
 * were read only in part, and the parse findings (rule ids) that said so.
 */
public record Skipped(String rule, List<Section> sections, List<String> because) {
}
