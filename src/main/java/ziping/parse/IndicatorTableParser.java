package ziping.parse;

import ziping.model.Figure;
import ziping.model.Indicator;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.model.Section;
import ziping.text.HanNormalizer;
import ziping.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the 绩效指标 table from extracted text, where cells come out separated by spaces or line breaks and a long
 * name or reason wraps over several lines. A row is found by its value tail — 年度指标值, 实际完成值, 分值, 得分 — at the
 * end of a line (a value split over two lines, "455.91264万" / "元", is joined). The text between two tails is the
 * reason of the row before (偏差原因分析及改进措施) followed by the head of the row after: an optional 一级 label, an
 * optional 二级 label and the 三级 name. Labels may wrap ("可持续影\n响指标"); a row without labels takes them from the
 * row above (merged cells).
 */
final class IndicatorTableParser {
    private final List<Token> tokens = new ArrayList<>();
    private final Problems problems;

    /** A whitespace-separated piece of a table line: its text, source line number, and position of its line. */
    private record Token(String text, int line, int lineIndex) {
    }

    /** The value cells of one row: 年度指标值 and 实际完成值, and the tokens of 分值 and 得分. */
    private record Tail(Value target, Value actual, int weight, int score) {
        int targetFrom() {
            return target.from();
        }
    }

    /** A value of one token or two (a value split over two lines is joined), inclusive, and how it reads. */
    private record Value(int from, int to, Measure measure) {
    }

    /** A run of tokens as one string: tokens on a line joined by a space, lines by a newline. */
    private final class Run {
        final int from;
        final int to;
        final String text;
        final int[] offsets;

        Run(int from, int to) {
            this.from = from;
            this.to = to;
            StringBuilder sb = new StringBuilder();
            offsets = new int[Math.max(to - from, 0)];
            for (int i = from; i < to; i++) {
                if (i > from) {
                    sb.append(tokens.get(i).lineIndex() == tokens.get(i - 1).lineIndex() ? ' ' : '\n');
                }
                offsets[i - from] = sb.length();
                sb.append(tokens.get(i).text());
            }
            text = sb.toString();
        }

        boolean isEmpty() {
            return from >= to;
        }

        /** The line of the character at {@code offset}. */
        int lineAt(int offset) {
            int k = 0;
            while (k + 1 < offsets.length && offsets[k + 1] <= offset) {
                k++;
            }
            return tokens.get(from + k).line();
        }

        /** Offset of the first label (一级 or 二级) that starts a token or follows leading punctuation; -1 if none. */
        int firstLabel() {
            for (int k = 0; k < offsets.length; k++) {
                int start = offsets[k];
                int afterPunct = start + leadingPunctuation(tokens.get(from + k).text());
                for (int pos : new int[] {start, afterPunct}) {
                    if (label(text, pos, Labels.LEVEL1) != null || label(text, pos, Labels.LEVEL2) != null) {
                        return pos;
                    }
                }
            }
            return -1;
        }
    }

    private IndicatorTableParser(List<Line> lines, Problems problems) {
        this.problems = problems;
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            String pending = null;
            for (String piece : Pieces.of(line.text())) {
                if (piece.length() == 1 && "≥≤=><".contains(piece)) {
                    pending = piece;
                    continue;
                }
                tokens.add(new Token(pending == null ? piece : pending + piece, line.number(), li));
                pending = null;
            }
        }
    }

    static List<Indicator> parse(List<Line> lines, Problems problems) {
        return new IndicatorTableParser(lines, problems).rows();
    }

    private List<Indicator> rows() {
        List<Tail> tails = findTails();
        List<Indicator> rows = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        String[] reasons = new String[tails.size()];
        int[] reasonEnd = new int[tails.size()];
        List<int[]> heads = new ArrayList<>();
        List<String[]> headTexts = new ArrayList<>();
        int floor = 0;
        for (int k = 0; k < tails.size(); k++) {
            Tail tail = tails.get(k);
            Run middle = new Run(floor, tail.targetFrom());
            int boundary = middle.firstLabel();
            int headStart;
            if (boundary >= 0) {
                headStart = boundary;
                attachBefore(k, middle, boundary, reasons, reasonEnd, tails);
            } else {
                headStart = unlabelledHeadStart(k, middle, tails, reasons, reasonEnd);
            }
            String head = middle.text.substring(headStart);
            LabelMatch l1 = label(head, 0, Labels.LEVEL1);
            if (l1 != null) {
                level1 = l1.label();
                level2 = "";
                head = head.substring(l1.end()).stripLeading();
            }
            LabelMatch l2 = label(head, 0, Labels.LEVEL2);
            if (l2 != null) {
                level2 = l2.label();
                head = head.substring(l2.end());
            }
            int firstLine = middle.isEmpty() || headStart >= middle.text.length()
                    ? tokens.get(tail.targetFrom()).line() : middle.lineAt(headStart);
            heads.add(new int[] {firstLine});
            headTexts.add(new String[] {level1, level2, HanNormalizer.cellText(head)});
            floor = tail.score() + 1;
        }
        if (!tails.isEmpty()) {
            Run trailing = new Run(floor, tokens.size());
            int boundary = trailing.firstLabel();
            int end = boundary >= 0 ? boundary : trailing.text.length();
            setReason(tails.size() - 1, trailing, end, reasons, reasonEnd);
            if (boundary >= 0) {
                problems.add(ParseIssue.STRAY_TEXT, Section.INDICATOR, null, null,
                        HanNormalizer.cellText(trailing.text.substring(boundary)), trailing.lineAt(boundary),
                        tokens.get(tokens.size() - 1).line());
            }
        } else if (!tokens.isEmpty()) {
            problems.add(ParseIssue.STRAY_TEXT, Section.INDICATOR, null, null,
                    HanNormalizer.cellText(new Run(0, tokens.size()).text), tokens.get(0).line(),
                    tokens.get(tokens.size() - 1).line());
        }
        for (int k = 0; k < tails.size(); k++) {
            rows.add(indicator(k, tails.get(k), headTexts.get(k), heads.get(k)[0], reasons[k], reasonEnd[k]));
        }
        return rows;
    }

    /** Text before the first label: the reason of the row before, or stray text before the first row. */
    private void attachBefore(int k, Run middle, int boundary, String[] reasons, int[] reasonEnd, List<Tail> tails) {
        if (boundary == 0) {
            return;
        }
        if (k == 0) {
            problems.add(ParseIssue.STRAY_TEXT, Section.INDICATOR, null, null,
                    HanNormalizer.cellText(middle.text.substring(0, boundary)), middle.lineAt(0),
                    middle.lineAt(boundary - 1));
        } else {
            setReason(k - 1, middle, boundary, reasons, reasonEnd);
        }
    }

    /**
     * Where the head starts when the text between two tails has no label. It is all name unless the row before was
     * deducted and the text begins on earlier lines than the tail: then the earlier lines are read as its reason,
     * and the choice is reported.
     */
    private int unlabelledHeadStart(int k, Run middle, List<Tail> tails, String[] reasons, int[] reasonEnd) {
        if (k == 0 || middle.isEmpty() || !deducted(tails.get(k - 1))) {
            return 0;
        }
        int tailLine = tokens.get(tails.get(k).targetFrom()).lineIndex();
        int inline = middle.text.length();
        for (int j = middle.offsets.length - 1; j >= 0 && tokens.get(middle.from + j).lineIndex() == tailLine; j--) {
            inline = middle.offsets[j];
        }
        String label = HanNormalizer.cellText(middle.text);
        if (inline > 0 && inline < middle.text.length()) {
            setReason(k - 1, middle, inline, reasons, reasonEnd);
            problems.addVariant(ParseIssue.AMBIGUOUS_REASON, "reason", Section.INDICATOR, k - 1, null, label,
                    middle.lineAt(0), middle.lineAt(middle.text.length() - 1));
            return inline;
        }
        problems.addVariant(ParseIssue.AMBIGUOUS_REASON, "name", Section.INDICATOR, k, null, label,
                middle.lineAt(0), middle.lineAt(middle.text.length() - 1));
        return 0;
    }

    private void setReason(int row, Run run, int end, String[] reasons, int[] reasonEnd) {
        if (end <= 0) {
            return;
        }
        reasons[row] = HanNormalizer.cellText(run.text.substring(0, end));
        reasonEnd[row] = run.lineAt(end - 1);
    }

    private boolean deducted(Tail tail) {
        Figure w = ValueParser.figure(tokens.get(tail.weight()).text());
        Figure s = ValueParser.figure(tokens.get(tail.score()).text());
        return tail.actual().measure().kind() == MeasureKind.NOT_DONE
                || w.isNumber() && s.isNumber() && s.value().compareTo(w.value()) < 0;
    }

    private Indicator indicator(int k, Tail tail, String[] head, int firstLine, String reason, int reasonEnd) {
        Figure weight = ValueParser.figure(tokens.get(tail.weight()).text());
        Figure score = ValueParser.figure(tokens.get(tail.score()).text());
        int lastLine = Math.max(tokens.get(tail.score()).line(), reason == null ? 0 : reasonEnd);
        if (head[2].isEmpty()) {
            problems.add(ParseIssue.STRAY_TEXT, Section.INDICATOR, k, null, "", firstLine, lastLine);
        }
        return new Indicator(head[0], head[1], head[2], tail.target().measure(), tail.actual().measure(), weight,
                score, reason == null ? "" : reason, problems.spans().of(firstLine, lastLine));
    }

    /** Lines ending in two plain numbers (分值, 得分) preceded by two values (年度指标值, 实际完成值). */
    private List<Tail> findTails() {
        List<Tail> tails = new ArrayList<>();
        int floor = 0;
        for (int i = 1; i < tokens.size(); i++) {
            boolean lineEnd = i == tokens.size() - 1 || tokens.get(i + 1).lineIndex() != tokens.get(i).lineIndex();
            if (!lineEnd || tokens.get(i - 1).lineIndex() != tokens.get(i).lineIndex()
                    || !ValueParser.isPlainNumber(tokens.get(i).text())
                    || !ValueParser.isPlainNumber(tokens.get(i - 1).text())) {
                continue;
            }
            Value actual = valueEndingAt(i - 2, floor);
            Value target = actual == null ? null : valueEndingAt(actual.from() - 1, floor);
            if (target != null) {
                tails.add(new Tail(target, actual, i - 1, i));
                floor = i + 1;
            }
        }
        return tails;
    }

    /** The value ending at token {@code end}, joining a value split over two tokens; null if none. */
    private Value valueEndingAt(int end, int floor) {
        if (end < floor) {
            return null;
        }
        Measure one = valueOf(tokens.get(end).text());
        if (one != null) {
            return new Value(end, end, one);
        }
        Measure two = end - 1 >= floor ? valueOf(tokens.get(end - 1).text() + tokens.get(end).text()) : null;
        return two == null ? null : new Value(end - 1, end, two);
    }

    /** What a cell text reads as when it is a value, or null. */
    private static Measure valueOf(String text) {
        Measure m = ValueParser.measure(text);
        return m != null && m.kind() != MeasureKind.EMPTY ? m : null;
    }

    private static int leadingPunctuation(String s) {
        int n = 0;
        while (n < s.length() && "。，、；：.,;:）)".indexOf(s.charAt(n)) >= 0) {
            n++;
        }
        return n;
    }

    /** A label found in the text, and the offset just after it. */
    private record LabelMatch(String label, int end) {
    }

    /** The label from {@code labels} that starts at {@code from}, line breaks and spaces inside it skipped; or null. */
    private static LabelMatch label(String text, int from, List<String> labels) {
        if (from >= text.length() || Labels.LEVEL_STARTS.indexOf(text.charAt(from)) < 0) {
            return null;
        }
        for (int k = 0; k < labels.size(); k++) {
            int end = labelEnd(text, from, labels.get(k));
            if (end >= 0) {
                return new LabelMatch(labels.get(k), end);
            }
        }
        return null;
    }

    /** The offset just after {@code label} when it starts at {@code from}, whitespace inside it skipped; or -1. */
    private static int labelEnd(String text, int from, String label) {
        if (text.charAt(from) != label.charAt(0)) {
            return -1;
        }
        int i = from + 1;
        int matched = 1;
        while (matched < label.length() && i < text.length()) {
            char c = text.charAt(i);
            if (c == label.charAt(matched)) { // a label's characters are never whitespace, so asked first
                i++;
                matched++;
            } else if (Whitespace.is(c)) {
                i++;
            } else {
                return -1;
            }
        }
        return matched == label.length() ? i : -1;
    }
}
