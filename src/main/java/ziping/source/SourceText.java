package ziping.source;

import java.util.List;

/**
 * The text of one input, split into lines (line 1 is index 0), normalised for parsing; {@code rawLines} keeps
 * the decoded text before normalisation, line for line. {@code pages} gives the 1-based page of each line,
 * or is empty when the source has no pages. {@code marks} says which separators the lines may hold
 * ({@link TextMarks#UNKNOWN} unless the decoder counted them).
 */
public record SourceText(String path, List<String> lines, List<String> rawLines, List<Integer> pages,
                         TextMarks marks) {

    public SourceText(String path, List<String> lines, List<String> rawLines, List<Integer> pages) {
        this(path, lines, rawLines, pages, TextMarks.UNKNOWN);
    }

    public Integer pageOf(int lineNumber) {
        return pages.isEmpty() ? null : pages.get(lineNumber - 1);
    }
}
