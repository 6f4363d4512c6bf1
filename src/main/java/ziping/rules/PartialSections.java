package ziping.rules;

import ziping.model.Finding;
import ziping.model.Form;
import ziping.model.FundingRow;
import ziping.model.Indicator;
import ziping.model.Section;
import ziping.model.Skipped;
import ziping.parse.ParseIssue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts of a form that were read only in part, with the parse findings that said so (a missing part, a cell that
 * could not be read, text that fits no row, a row whose cells do not match the columns), and what they stop.
 *
 * <p>A parse finding on a funding or indicator row puts that row <em>and the rows next to it</em> in doubt: where the
 * reading could not place a row's text, the text in question (a wrapped name or reason, a value of a row lost into its
 * neighbour, a cut between two rows' cells that could fall elsewhere) may have gone to the row above or below. A parse
 * finding that names no row (a part missing, text that fits no row and could belong to any) or a row the form does not
 * hold, and any parse finding of another section, puts its whole section in doubt; so does a damaged funding row of a
 * form whose indicator table is missing. A rule that reads a section row by row ({@link Reach#EACH_ROW}) then leaves
 * out the rows in doubt; one that reads only the 年度资金总额 row ({@link Reach#TOTAL_ROW}) stops when that row is in doubt;
 * one that reads only every row's 分值 and 得分 ({@link Reach#NUMBERS}) stops unless every row in doubt has only its text
 * in doubt (ZP007); one that reads each row's 分值 and 得分 ({@link Reach#ROW_NUMBERS}) leaves out only the rows next to
 * a doubt other than ZP007; one that reads each indicator row's actual, numbers and reason ({@link Reach#REASON_ON_LINE})
 * also checks the rows in doubt whose empty reason was read on the line of those cells, and one that reads its target,
 * actual and numbers ({@link Reach#VALUES_ON_LINE}) those whose four cells were, where no doubt other than ZP007
 * stands next to them; any other stops on the whole form.
 *
 * <p>A row whose reason alone is in doubt (ZP008: its reason cell held no reason) is left out only by the rules that
 * read the reason ({@link Reach#REASON_ON_LINE}), and only that row: the other checks read it.
 */
final class PartialSections {
    private final Map<Section, Set<String>> because;
    /** Per section, the rows in doubt; a section read only in part without a row to blame is not here. */
    private final Map<Section, TreeSet<Integer>> doubt;
    /** The sections where a parse finding puts more than rows' text in doubt (numbers, rows lost or split). */
    private final Set<Section> numbersInDoubt;
    /** Per section, the rows next to a parse finding that puts more than a row's text in doubt. */
    private final Map<Section, TreeSet<Integer>> numberRows;
    private final int fundingTotal;
    private final List<Indicator> indicators;
    /** The indicator rows whose reason alone is in doubt (ZP008). */
    private final TreeSet<Integer> reasonRows;

    private PartialSections(Map<Section, Set<String>> because, Map<Section, TreeSet<Integer>> doubt,
                            Set<Section> numbersInDoubt, Map<Section, TreeSet<Integer>> numberRows, int fundingTotal,
                            List<Indicator> indicators, TreeSet<Integer> reasonRows) {
        this.indicators = indicators;
        this.reasonRows = reasonRows;
        this.because = because;
        this.doubt = doubt;
        this.numbersInDoubt = numbersInDoubt;
        this.numberRows = numberRows;
        this.fundingTotal = fundingTotal;
    }

    static PartialSections of(Form form, List<Finding> problems) {
        Map<Section, Set<String>> because = new EnumMap<>(Section.class);
        Map<Section, TreeSet<Integer>> doubt = new EnumMap<>(Section.class);
        Set<Section> whole = new LinkedHashSet<>();
        Set<Section> numbersInDoubt = EnumSet.noneOf(Section.class);
        Map<Section, TreeSet<Integer>> numberRows = new EnumMap<>(Section.class);
        TreeSet<Integer> reasonRows = new TreeSet<>();
        for (Finding problem : problems) {
            Section section = problem.section();
            if (section == null || !ParseIssue.damages(problem.rule())) {
                continue;
            }
            if (ParseIssue.onlyReason(problem.rule()) && section == Section.INDICATOR && problem.row() != null) {
                reasonRows.add(problem.row());
                continue;
            }
            because.computeIfAbsent(section, s -> new LinkedHashSet<>()).add(problem.rule());
            int rows = rowCount(form, section);
            if (problem.row() == null || problem.row() < 0 || problem.row() >= rows) {
                whole.add(section);
                numbersInDoubt.add(section);
                continue;
            }
            boolean numbers = !ParseIssue.keepsNumbers(problem.rule());
            if (numbers) {
                numbersInDoubt.add(section);
            }
            TreeSet<Integer> inDoubt = doubt.computeIfAbsent(section, s -> new TreeSet<>());
            TreeSet<Integer> numbersNear = numbers ? numberRows.computeIfAbsent(section, s -> new TreeSet<>()) : null;
            for (int row = Math.max(0, problem.row() - 1); row <= problem.row() + 1 && row < rows; row++) {
                inDoubt.add(row);
                if (numbersNear != null) {
                    numbersNear.add(row);
                }
            }
        }
        if (missing(problems, Section.INDICATOR) && doubt.containsKey(Section.FUNDING)) {
            whole.add(Section.FUNDING);
        }
        whole.forEach(doubt::remove);
        return new PartialSections(because, doubt, numbersInDoubt, numberRows, totalRowIndex(form),
                form.indicators(), reasonRows);
    }

    /**
     * The index of the funding total row ({@link Form#fundingTotal}), or -1; found by its role, not by
     * {@code indexOf}, whose record equality compares every cell of the rows before it.
     */
    private static int totalRowIndex(Form form) {
        List<FundingRow> rows = form.funding();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isTotal()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the parse findings say a part of the form is missing (ZP002). Without the indicator table the funding
     * block's end is not known, so its damaged rows may be the indicator table read as funding rows: its rows are not
     * told apart then.
     */
    private static boolean missing(List<Finding> problems, Section section) {
        for (Finding problem : problems) {
            if (problem.section() == section && problem.row() == null
                    && ParseIssue.MISSING_PART.id().equals(problem.rule())) {
                return true;
            }
        }
        return false;
    }

    /** The rows of a section read row by row (funding, indicators); -1 for the others. */
    private static int rowCount(Form form, Section section) {
        return switch (section) {
            case FUNDING -> form.funding().size();
            case INDICATOR -> form.indicators().size();
            default -> -1;
        };
    }

    /**
     * The indicator rows in doubt less those whose cells the rule reads were read on one line (the reason with the
     * actual and numbers, {@link Indicator#reasonOnLine}; or the target, actual and numbers,
     * {@link Indicator#valuesOnLine}) and that stand next to no doubt other than ZP007 ({@code numbers}).
     */
    private TreeSet<Integer> withoutCellsOnLine(TreeSet<Integer> rows, TreeSet<Integer> numbers, Reach reach) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int row : rows) {
            Indicator i = indicators.get(row);
            boolean onLine = reach == Reach.REASON_ON_LINE ? i.reasonOnLine() : i.valuesOnLine();
            if (!onLine || numbers != null && numbers.contains(row)) {
                out.add(row);
            }
        }
        return out;
    }

    /** Whether a row of a section read row by row is in doubt (a parse finding on it or next to it). */
    boolean rowInDoubt(Section section, int row) {
        TreeSet<Integer> rows = doubt.get(section);
        return rows != null && rows.contains(row);
    }

    /**
     * What stops a rule here: null when every section it reads was read cleanly (or only rows it does not read are in
     * doubt); a {@link Skipped} without rows when it must not run on the form; else one with the rows it must leave
     * out. Sections and parse findings are listed in section order, so the same form always says the same.
     */
    Skipped skip(Rule<?> rule) {
        if (because.isEmpty() && reasonRows.isEmpty()) {
            return null;    // most forms: read cleanly, nothing to collect
        }
        List<Section> sections = new ArrayList<>();
        Set<String> rules = new LinkedHashSet<>();
        Map<Section, List<Integer>> leftOut = new EnumMap<>(Section.class);
        boolean stopped = false;
        for (Section section : Section.values()) {
            Set<String> by = rule.inputs().contains(section) ? because.get(section) : null;
            if (by == null) {
                continue;
            }
            TreeSet<Integer> rows = doubt.get(section);
            Reach reach = rows == null ? Reach.WHOLE : rule.reach(section);
            if (reach == Reach.ROW_NUMBERS) {
                rows = numberRows.get(section);
                if (rows == null) {
                    continue;   // only rows' text in doubt: every row's numbers are read
                }
                reach = Reach.EACH_ROW;
            }
            if ((reach == Reach.REASON_ON_LINE || reach == Reach.VALUES_ON_LINE) && section == Section.INDICATOR) {
                rows = withoutCellsOnLine(rows, numberRows.get(section), reach);
                if (rows.isEmpty()) {
                    continue;   // every row in doubt has the cells the rule reads on one line
                }
                reach = Reach.EACH_ROW;
            }
            if (reach == Reach.TOTAL_ROW && !rows.contains(fundingTotal)
                    || reach == Reach.NUMBERS && !numbersInDoubt.contains(section)) {
                continue;
            }
            sections.add(section);
            rules.addAll(by);
            if (reach == Reach.EACH_ROW) {
                leftOut.put(section, List.copyOf(rows));
            } else {
                stopped = true;
            }
        }
        if (!stopped && !reasonRows.isEmpty() && rule.inputs().contains(Section.INDICATOR)
                && rule.reach(Section.INDICATOR) == Reach.REASON_ON_LINE) {
            TreeSet<Integer> rows = new TreeSet<>(reasonRows);
            rows.addAll(leftOut.getOrDefault(Section.INDICATOR, List.of()));
            leftOut.put(Section.INDICATOR, List.copyOf(rows));
            if (!sections.contains(Section.INDICATOR)) {
                sections.add(Section.INDICATOR);
                sections.sort(null);
            }
            rules.add(ParseIssue.REASON_IN_DOUBT.id());
        }
        if (sections.isEmpty()) {
            return null;
        }
        return new Skipped(rule.id(), List.copyOf(sections), List.copyOf(rules), stopped ? null : leftOut);
    }
}
