package ziping.source;

/**
 * What decoding a text file saw in passing, for the readers that look on every line for table separators or column
 * gaps: whether the text holds a TAB or a {@code |}, and its longest run of spaces (a form feed dropped between two
 * spaces joins them, as the line does). The decoder visits every character anyway; a reader that skips a text
 * without the mark it needs saves a scan of each line, which costs without C2 (the launcher runs C1). A text from
 * any other source is {@link #UNKNOWN}, which claims every mark, so nothing is skipped.
 */
public record TextMarks(boolean tab, boolean bar, int longestSpaceRun) {
    public static final TextMarks UNKNOWN = new TextMarks(true, true, Integer.MAX_VALUE);
}
