package ziping.read.text;

import ziping.source.SourceText;
import ziping.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/**
 * The text boxes of box-ordered text (pdfminer's {@code pdf2txt}): runs of lines between blank lines, each a cell or a
 * few cells on one line, in the extractor's order. Boxes that only spell a vertical block label one character a
 * line (项 / 目 / 资 / 金, 绩 / 效 / 指 / 标) are marked vertical: they stand wherever their merged cell's middle
 * falls, and only a unit they name ({@code （万元）}) is read from them.
 */
final class Boxes {
    private static final String LABEL_CHARS = "项目资金（）()万元年度总体目标绩效指标续上页";
    private static final int LABEL_LINE = 4;
    /** The funding block's vertical label, one character a line. */
    private static final String BLOCK_LABEL = "项目资金";
    /** The characters of the unit printed after it. */
    private static final String UNIT_CHARS = "（）()万元";

    /**
     * A box: the 1-based line of its first line, the page, its lines without surrounding spaces; {@code printed} the
     * line as printed, spaces kept, for a one-line box (else null); its cells are those of a one-line box (its tokens
     * between spaces), or the box's lines joined as one cell, cut once (the converters look for header words in every
     * box's cells several times).
     */
    record Box(int line, Integer page, List<String> lines, boolean vertical, String printed, List<String> cells) {
        Box(int line, Integer page, List<String> lines, boolean vertical) {
            this(line, page, lines, vertical, null);
        }

        Box(int line, Integer page, List<String> lines, boolean vertical, String printed) {
            this(line, page, lines, vertical, printed,
                    lines.size() == 1 ? Cells.tokens(lines.get(0)) : List.of(joined(lines)));
        }

        boolean oneLine() {
            return lines.size() == 1;
        }

        /**
         * The cells of a one-line box with its empty cells, where the line prints them: a browser's PDF draws a space
         * in an empty cell and pdfminer puts one space between cells, so cells stand one space apart and each further
         * pair of spaces (one at the line's end) is an empty cell ({@code 56.53   73.29%  }: 56.53, "", 73.29%, "").
         * Null for a box of several lines or a line with another space character.
         */
        List<String> spacedCells() {
            if (printed == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            int at = 0;
            int n = printed.length();
            while (at < n) {
                char c = printed.charAt(at);
                if (c == ' ') {
                    out.add("");
                    at++;
                } else {
                    int end = at;
                    while (end < n && printed.charAt(end) != ' ') {
                        if (Whitespace.isOrNoBreak(printed.charAt(end))) {
                            return null;
                        }
                        end++;
                    }
                    out.add(printed.substring(at, end));
                    at = end;
                }
                if (at < n) {
                    at++;   // the space between two cells
                }
            }
            return out;
        }

        String joined() {
            return oneLine() ? lines.get(0) : cells.get(0);
        }

        static String joined(List<String> lines) {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) {
                if (!sb.isEmpty() && isLatin(sb.charAt(sb.length() - 1)) && isLatin(l.charAt(0))) {
                    sb.append(' ');
                }
                sb.append(l);
            }
            return sb.toString();
        }

        private static boolean isLatin(char c) {
            return c < 0x80 && Character.isLetter(c);
        }
    }

    private Boxes() {
    }

    static List<Box> of(SourceText text) {
        List<Box> boxes = new ArrayList<>();
        List<String> lines = text.lines();
        List<String> current = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? Cells.trim(lines.get(i)) : "";
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    add(boxes, text, first, current);
                    current.clear();
                }
                continue;
            }
            if (current.isEmpty()) {
                first = i;
            }
            current.add(line);
        }
        return boxes;
    }

    /**
     * Adds the box of lines from {@code first} (0-based), or the two level labels it holds side by side, each a box
     * ({@link SideBySideLabels}): where the lines of the funding block's vertical label
     * (项 / 目 / 资 / 金, a unit after it) stand in one box with a wrapped cell's lines ({@code 项 / 目 / 资 / 其中：当年财政拨 /
     * 金 / 款 / （元）}), the box's cell is the wrapped cell's lines alone; the box keeps its lines, whose last stands
     * lowest and so tells where pdfminer printed it (the unit is read from the header's boxes).
     */
    private static void add(List<Box> boxes, SourceText text, int first, List<String> current) {
        List<SideBySideLabels.Part> labels = SideBySideLabels.of(current);
        if (labels != null) {
            for (SideBySideLabels.Part part : labels) {
                int line = first + part.offset() + 1;
                boxes.add(new Box(line, text.pageOf(line), List.copyOf(part.lines()), false));
            }
            return;
        }
        boolean[] label = blockLabelLines(current);
        if (label == null) {
            boxes.add(new Box(first + 1, text.pageOf(first + 1), List.copyOf(current), verticalLabel(current),
                    current.size() == 1 ? text.lines().get(first) : null));
            return;
        }
        List<String> rest = new ArrayList<>();
        for (int k = 0; k < current.size(); k++) {
            if (!label[k]) {
                rest.add(current.get(k));
            }
        }
        boxes.add(new Box(first + 1, text.pageOf(first + 1), List.copyOf(current), false, null,
                List.of(Box.joined(rest))));
    }

    /**
     * The lines that spell 项目资金 one character a line, in order, with the unit lines after 金 (（元）, （万元）, or their
     * characters), where other lines stand among them; null where the box holds no such label or nothing else.
     */
    private static boolean[] blockLabelLines(List<String> lines) {
        if (lines.size() < BLOCK_LABEL.length() + 1) {
            return null;
        }
        boolean[] out = new boolean[lines.size()];
        int next = 0;
        int taken = 0;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            if (next < BLOCK_LABEL.length() && l.length() == 1 && l.charAt(0) == BLOCK_LABEL.charAt(next)) {
                out[k] = true;
                next++;
                taken++;
            } else if (next == BLOCK_LABEL.length() && isUnitLine(l)) {
                out[k] = true;
                taken++;
            }
        }
        return next == BLOCK_LABEL.length() && taken < lines.size() ? out : null;
    }

    private static boolean isUnitLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (UNIT_CHARS.indexOf(line.charAt(i)) < 0) {
                return false;
            }
        }
        return line.length() <= LABEL_LINE;
    }

    private static boolean verticalLabel(List<String> lines) {
        for (String l : lines) {
            if (l.length() > LABEL_LINE) {
                return false;
            }
            for (int i = 0; i < l.length(); i++) {
                if (LABEL_CHARS.indexOf(l.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the text is printed box by box: most of its lines are parted by blank lines. */
    static boolean recognises(SourceText text) {
        List<String> lines = text.lines();
        int blank = 0;
        int runs = 0;
        boolean previousBlank = true;
        for (String line : lines) {
            boolean isBlank = line.isBlank();
            if (isBlank) {
                blank++;
            } else if (previousBlank) {
                runs++;
            }
            previousBlank = isBlank;
        }
        return lines.size() >= 20 && runs * 3 >= lines.size() - blank && blank * 4 >= lines.size();
    }
}
