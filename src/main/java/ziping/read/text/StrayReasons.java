package ziping.read.text;

import ziping.grid.GridCell;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.parse.IndicatorLabels;
import ziping.parse.ValueParser;
import ziping.read.CellWords;
import ziping.read.CellWords.Header;
import ziping.read.Lexicon;
import ziping.text.Whitespace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reason cells that a box-ordered converter filled with what no reason is, text of a cell nearby that the order of the
 * text did not place. The words of indicator labels, column names and block labels, whole or cut, and nothing else
 * ({@code 一级指产出指标标}, {@code 满意度指标服务对象满意度指标}, a header repeated on the next page), belong to label
 * cells: the reason cell is marked ({@link GridCell#REASON_IN_DOUBT}, ZP008), so the missing-reason check leaves the
 * row out and every other check reads it. One figure ({@code 24个工作日}, {@code 2021年11月5日}) is a target or an
 * actual, maybe the row's own: the row's text is marked in doubt ({@link GridCell#TEXT_IN_DOUBT}, ZP007).
 */
final class StrayReasons {
    /**
     * Every whole word, beginning and end of two characters or more of a label, column name or block label; of one
     * character only a wrapped word's last ({@code 标}, {@code 值}) and a block label's (printed down its cell a
     * character a line: 绩 / 效 / 指 / 标).
     */
    private static final Set<String> PIECES = pieces();
    private static final int LONGEST_PIECE = PIECES.stream().mapToInt(String::length).max().orElse(0);

    private StrayReasons() {
    }

    private static Set<String> pieces() {
        List<String> words = new ArrayList<>();
        IndicatorLabels labels = IndicatorLabels.builtIn();
        words.addAll(labels.level1());
        words.addAll(labels.level2());
        Lexicon lexicon = Lexicon.builtIn();
        lexicon.indicatorColumns().values().forEach(words::addAll);
        words.addAll(lexicon.blockLabels());
        Set<String> out = new HashSet<>(List.of("标", "值"));
        for (String word : words) {
            for (int i = 2; i <= word.length(); i++) {
                out.add(word.substring(0, i));
                out.add(word.substring(word.length() - i));
            }
        }
        for (String label : lexicon.blockLabels()) {
            label.chars().forEach(c -> out.add(String.valueOf((char) c)));
        }
        return out;
    }

    /** The rows with each indicator row whose reason cell is stray marked (its reason or its text in doubt). */
    static List<TextRow> marked(List<TextRow> rows) {
        List<TextRow> out = new ArrayList<>(rows.size());
        int reasonFromRight = -1;
        int nameFromRight = -1;
        for (TextRow row : rows) {
            List<String> cells = row.cells();
            Header header = row.table() ? CellWords.header(cells) : null;
            if (header != null) {
                reasonFromRight = header == Header.INDICATORS ? fromRight(cells, "reason") : -1;
                nameFromRight = header == Header.INDICATORS ? fromRight(cells, "name") : -1;
            } else if (!row.table()) {
                reasonFromRight = -1;
            } else if (reasonFromRight >= 0 && nameFromRight < cells.size()) {
                int reason = cells.size() - 1 - reasonFromRight;
                int name = cells.size() - 1 - nameFromRight;
                String text = cells.get(reason);
                List<String> marked = new ArrayList<>(cells);
                if (isFigure(text)) {
                    marked.set(name, inDoubt(cells.get(name)));
                } else if (isWords(text)) {
                    marked.set(reason, text.startsWith(GridCell.REASON_CHOSEN) ? GridCell.REASON_CHOSEN
                            + GridCell.REASON_IN_DOUBT + unmarked(text) : GridCell.REASON_IN_DOUBT + text);
                }
                row = new TextRow(row.line(), true, marked);
            }
            out.add(row);
        }
        return out;
    }

    /** The place of the header cell of that role counted from the row's last cell, or -1. */
    private static int fromRight(List<String> header, String role) {
        for (int i = 0; i < header.size(); i++) {
            if (role.equals(CellWords.role(Header.INDICATORS, header.get(i)))) {
                return header.size() - 1 - i;
            }
        }
        return -1;
    }

    private static String inDoubt(String name) {
        if (name.contains(GridCell.TEXT_IN_DOUBT)) {
            return name;
        }
        return name.startsWith(GridCell.VALUES_ON_LINE)
                ? GridCell.VALUES_ON_LINE + GridCell.TEXT_IN_DOUBT + name.substring(GridCell.VALUES_ON_LINE.length())
                : GridCell.TEXT_IN_DOUBT + name;
    }

    /** Whether the reason cell holds one figure, a number or a date ({@code 24个工作日}). */
    static boolean isFigure(String reason) {
        Measure m = ValueParser.measure(unmarked(reason));
        return m != null && (m.kind() == MeasureKind.NUMBER || m.kind() == MeasureKind.DATE);
    }

    /** Whether the reason cell holds only label, column and block label words, whole or cut. */
    static boolean isWords(String reason) {
        String text = unbracketed(unmarked(reason));
        return !text.isEmpty() && wordsOnly(text);
    }

    private static String unmarked(String reason) {
        return reason.startsWith(GridCell.REASON_CHOSEN) ? reason.substring(GridCell.REASON_CHOSEN.length()) : reason;
    }

    /** The text without spaces and without notes in brackets ({@code （A）}). */
    private static String unbracketed(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && !Whitespace.isOrNoBreak(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the text is a run of {@link #PIECES} end to end. */
    private static boolean wordsOnly(String text) {
        boolean[] reached = new boolean[text.length() + 1];
        reached[0] = true;
        for (int i = 0; i < text.length(); i++) {
            if (!reached[i]) {
                continue;
            }
            for (int end = i + 1; end <= Math.min(text.length(), i + LONGEST_PIECE); end++) {
                if (!reached[end] && PIECES.contains(text.substring(i, end))) {
                    reached[end] = true;
                }
            }
        }
        return reached[text.length()];
    }
}
