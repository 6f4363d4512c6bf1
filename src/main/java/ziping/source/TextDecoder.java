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
        if (text.isBlank()) {
            throw new UnreadableInputException("empty file");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new UnreadableInputException("binary file, not text");
        }
        return split(path, text);
    }

    private static String withoutFormFeeds(String line) {
        return line.indexOf(FORM_FEED) < 0 ? line : line.replace(String.valueOf(FORM_FEED), "");
    }

    private static double controlShare(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isStrayControl(text.charAt(i))) {
                controls++;
            }
        }
        return (double) controls / text.length();
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
     * at the start of a page's first line, so line numbers stay those an editor shows.
     */
    private static SourceText split(String path, String text) {
        List<String> raw = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        int page = 1;
        boolean paged = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                addLine(withoutFormFeeds(text.substring(start, i)), raw, lines);
                pages.add(page);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            } else if (c == FORM_FEED) {
                page++;
                paged = true;
            }
        }
        String last = withoutFormFeeds(text.substring(start));
        if (!last.isEmpty()) {
            addLine(last, raw, lines);
            pages.add(page);
        }
        return new SourceText(path, List.copyOf(lines), List.copyOf(raw), paged ? List.copyOf(pages) : List.of());
    }

    private static void addLine(String line, List<String> raw, List<String> normalised) {
        raw.add(line);
        normalised.add(HanNormalizer.normalizeChars(line));
    }
}
