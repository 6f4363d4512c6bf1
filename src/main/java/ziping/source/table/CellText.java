package ziping.source.table;

import java.util.ArrayList;
import java.util.List;

import ziping.text.HanNormalizer;

/**
 * The lines of a cell as a grid holds them: the source text split at line breaks, each line normalised as the PDF
 * path does ({@link HanNormalizer#cellText} then {@link HanNormalizer#normalizeChars}), empty lines dropped.
 */
public final class CellText {

    private CellText() {
    }

    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(1);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                addLine(lines, text.substring(start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    /** Adds one line of text (no line break in it), normalised, unless it is blank. */
    public static void addLine(List<String> lines, String line) {
        String normalised = HanNormalizer.normalizeChars(HanNormalizer.cellText(line.strip()));
        if (!normalised.isEmpty()) {
            lines.add(normalised);
        }
    }
}
