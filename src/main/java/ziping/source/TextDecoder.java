package ziping.source;

import ziping.text.HanNormalizer;

import java.util.ArrayList;
import java.util.List;

/** Turns the bytes of a text file into a {@link SourceText}: encoding detection, line endings, normalisation. */
public final class TextDecoder {
    private static final char FORM_FEED = '\f';
    /** More control characters than this share of all characters marks a binary file. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextDecoder() {
    }

    /** @throws UnreadableInputException when the bytes are not text (binary, empty). */
    public static SourceText decode(String path, byte[] bytes) throws UnreadableInputException {
        String text = EncodingDetector.decode(bytes);
        Scan scan = Scan.of(text);
        if (scan.blank()) {
            throw new UnreadableInputException("empty file");
        }
        if ((double) scan.controls() / text.length() > MAX_CONTROL_SHARE) {
            throw new UnreadableInputException("binary file, not text");
        }
        return split(path, text, scan.needsNormalizing());
    }

    /**
     * What one pass over the characters finds: blank or not, stray control characters, characters to normalise.
     * It runs over a copy in an array: without C2 (the launcher runs C1) indexing an array costs far less than
     * {@code String.charAt}, and one pass replaces three.
     */
    private record Scan(boolean blank, int controls, boolean needsNormalizing) {
        static Scan of(String text) {
            boolean blank = true;
            int controls = 0;
            boolean needsNormalizing = false;
            for (char c : text.toCharArray()) {
                if (blank && !Character.isWhitespace(c)) {
                    blank = false;
                }
                if (isStrayControl(c)) {
                    controls++;
                } else if (!needsNormalizing && HanNormalizer.changes(c)) {
                    needsNormalizing = true;
                }
            }
            return new Scan(blank, controls, needsNormalizing);
        }
    }

    private static String withoutFormFeeds(String line) {
        return line.indexOf(FORM_FEED) < 0 ? line : line.replace(String.valueOf(FORM_FEED), "");
    }

    private static boolean isStrayControl(char c) {
        if (c > 0x9F) {
            return false; // the common case (Han text) first: one comparison
        }
        boolean layout = c == '\n' || c == '\r' || c == '\t' || c == FORM_FEED;
        return !layout && (c < 0x20 || c >= 0x7F);
    }

    /**
     * Splits at CRLF, CR and LF. A form feed starts a new page and is dropped from its line; pdftotext prints it
     * at the start of a page's first line, so line numbers stay those an editor shows. The whole text is normalised
     * at once ({@link HanNormalizer#normalizeChars} keeps positions); mostly there is nothing to change and the
     * normalised lines are the raw ones. Breaks and form feeds are found with {@link String#indexOf}, which is
     * vectorised, rather than by testing every character.
     */
    private static SourceText split(String path, String text, boolean needsNormalizing) {
        String normalised = needsNormalizing ? HanNormalizer.normalizeChars(text) : text;
        boolean paged = text.indexOf(FORM_FEED) >= 0;
        Lines lines = new Lines(text, normalised.equals(text) ? null : normalised, paged);
        List<Integer> pages = new ArrayList<>();
        Next lf = new Next(text, '\n');
        Next cr = new Next(text, '\r');
        Next formFeed = new Next(text, FORM_FEED);
        int page = 1;
        int start = 0;
        while (true) {
            int end = earliest(lf.from(start), cr.from(start));
            int lineEnd = end < 0 ? text.length() : end;
            for (int f = formFeed.from(start); f >= 0 && f < lineEnd; f = formFeed.from(f + 1)) {
                page++;
            }
            if (end < 0) {
                break;
            }
            lines.add(start, end);
            pages.add(page);
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        if (!withoutFormFeeds(text.substring(start)).isEmpty()) {
            lines.add(start, text.length());
            pages.add(page);
        }
        List<String> raw = List.copyOf(lines.raw);
        return new SourceText(path, lines.normalised == null ? raw : List.copyOf(lines.normalised), raw,
                paged ? List.copyOf(pages) : List.of());
    }

    private static int earliest(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** The next position of one character in a text, remembered until the search passes it. */
    private static final class Next {
        private final String text;
        private final char c;
        private int at;

        Next(String text, char c) {
            this.text = text;
            this.c = c;
            this.at = text.indexOf(c);
        }

        /** The first position of the character at or after {@code from}, or -1. */
        int from(int from) {
            if (at >= 0 && at < from) {
                at = text.indexOf(c, from);
            }
            return at;
        }
    }

    /**
     * Lines cut from the raw text and, when normalising changed it, from the normalised text at the same places;
     * form feeds dropped from them when the text has any.
     */
    private static final class Lines {
        private final String text;
        private final String changed;
        private final boolean paged;
        private final List<String> raw = new ArrayList<>();
        private final List<String> normalised;

        Lines(String text, String changed, boolean paged) {
            this.text = text;
            this.changed = changed;
            this.paged = paged;
            this.normalised = changed == null ? null : new ArrayList<>();
        }

        void add(int from, int to) {
            raw.add(cut(text, from, to));
            if (changed != null) {
                normalised.add(cut(changed, from, to));
            }
        }

        private String cut(String s, int from, int to) {
            String line = s.substring(from, to);
            return paged ? withoutFormFeeds(line) : line;
        }
    }
}
