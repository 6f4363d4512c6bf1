package ziping.source;

import ziping.text.HanNormalizer;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;

/** Turns the bytes of a text file into a {@link SourceText}: encoding detection, line endings, normalisation. */
public final class TextDecoder {
    private static final char FORM_FEED = '\f';
    /** More control characters than this share of all characters marks a binary file. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Lines a text is first given room for; the arrays double as needed. */
    private static final int LINES = 128;

    private TextDecoder() {
    }

    /** @throws UnreadableInputException when the bytes are not text (binary, empty). */
    public static SourceText decode(String path, byte[] bytes) throws UnreadableInputException {
        CharBuffer decoded = EncodingDetector.decodeChars(bytes);
        Scan scan = Scan.of(decoded.array(), decoded.limit());
        if (scan.blank) {
            throw new UnreadableInputException("empty file");
        }
        if ((double) scan.controls / decoded.limit() > MAX_CONTROL_SHARE) {
            throw new UnreadableInputException("binary file, not text");
        }
        return scan.text(path, decoded.array());
    }

    /**
     * One pass over the decoded characters, in their array: whether the text is blank, its stray control characters,
     * whether any character is to be normalised, its {@link TextMarks} (normalising changes only ideographs, so they
     * hold for the normalised lines too), and its lines. Lines end at CRLF, CR and LF; a form feed starts a new
     * page and is dropped from its line (pdftotext prints it at the start of a page's first line, so line numbers stay
     * those an editor shows). Without C2 (the launcher runs C1) indexing an array costs far less than
     * {@code String.charAt} or {@code String.indexOf}, and one pass replaces five.
     */
    private static final class Scan {
        private boolean blank;
        private int controls;
        private boolean needsNormalizing;
        private boolean paged;
        private TextMarks marks;
        /** Each line's first character, its end (exclusive), its page, and whether it holds a form feed. */
        private int[] starts = new int[LINES];
        private int[] ends = new int[LINES];
        private int[] pages = new int[LINES];
        private boolean[] formFeeds = new boolean[LINES];
        private int count;

        /** The scan of {@code chars[0, length)}; what it counts is kept in locals while it runs (C1 keeps fields in memory). */
        static Scan of(char[] chars, int length) {
            Scan scan = new Scan();
            int firstText = 0;
            while (firstText < length && Character.isWhitespace(chars[firstText])) { // U+3000 is a space
                firstText++;
            }
            scan.blank = firstText == length;
            int controls = 0;
            boolean normalising = false;
            boolean tab = false;
            boolean bar = false;
            int longestSpaceRun = 0;
            int spaceRun = 0;
            int lastSpace = -2;
            int start = 0;
            int page = 1;
            boolean formFeed = false;
            for (int i = 0; i < length; i++) {
                char c = chars[i];
                if (c > 0x9F) { // the common case (Han text) first
                    normalising = normalising || HanNormalizer.changes(c);
                } else if (c == '\n' || c == '\r') {
                    scan.line(start, i, page, formFeed);
                    formFeed = false;
                    if (c == '\r' && i + 1 < length && chars[i + 1] == '\n') {
                        i++;
                    }
                    start = i + 1;
                } else if (c == FORM_FEED) {
                    page++;
                    formFeed = true;
                    if (lastSpace == i - 1) {
                        lastSpace = i; // the line drops the form feed, so spaces on both sides of it make one run
                    }
                } else if (c == ' ') {
                    spaceRun = i == lastSpace + 1 ? spaceRun + 1 : 1;
                    lastSpace = i;
                    longestSpaceRun = Math.max(longestSpaceRun, spaceRun);
                } else if (c == '\t') {
                    tab = true;
                } else if (c == '|') {
                    bar = true;
                } else if (c < 0x20 || c >= 0x7F) {
                    controls++;
                }
            }
            if (hasTextBesidesFormFeeds(chars, start, length)) {
                scan.line(start, length, page, formFeed);
            }
            scan.controls = controls;
            scan.needsNormalizing = normalising;
            scan.paged = page > 1;
            scan.marks = new TextMarks(tab, bar, longestSpaceRun);
            return scan;
        }

        private static boolean hasTextBesidesFormFeeds(char[] chars, int from, int to) {
            for (int i = from; i < to; i++) {
                if (chars[i] != FORM_FEED) {
                    return true;
                }
            }
            return false;
        }

        private void line(int start, int end, int page, boolean formFeed) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                pages = Arrays.copyOf(pages, count * 2);
                formFeeds = Arrays.copyOf(formFeeds, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            pages[count] = page;
            formFeeds[count] = formFeed;
            count++;
        }

        /**
         * The lines cut from the raw characters and, where normalising changes any ({@link HanNormalizer#normalizeChars}
         * keeps positions), from the normalised ones at the same places; mostly there is nothing to change and the
         * normalised lines are the raw ones.
         */
        SourceText text(String path, char[] chars) {
            List<String> raw = lines(chars);
            List<String> normalised = raw;
            if (needsNormalizing) {
                List<String> changed = raw.stream().map(HanNormalizer::normalizeChars).toList();
                if (!changed.equals(raw)) {
                    normalised = changed;
                }
            }
            return new SourceText(path, normalised, raw, paged ? pageList() : List.of(), marks);
        }

        private List<Integer> pageList() {
            Integer[] list = new Integer[count];
            for (int i = 0; i < count; i++) {
                list[i] = pages[i];
            }
            return List.of(list);
        }

        private List<String> lines(char[] chars) {
            String[] lines = new String[count];
            for (int i = 0; i < count; i++) {
                String line = new String(chars, starts[i], ends[i] - starts[i]);
                lines[i] = formFeeds[i] ? line.replace(String.valueOf(FORM_FEED), "") : line;
            }
            return List.of(lines);
        }
    }
}
