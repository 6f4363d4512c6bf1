package ziping.read.text;

import ziping.source.SourceText;

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
                        if (Cells.isSpace(printed.charAt(end))) {
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

        private static String joined(List<String> lines) {
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
                    boxes.add(new Box(first + 1, text.pageOf(first + 1), List.copyOf(current),
                            verticalLabel(current), current.size() == 1 ? lines.get(first) : null));
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
