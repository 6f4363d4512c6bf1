package ziping.text;

import java.util.regex.Pattern;

/** Text hygiene for CJK text from PDF extractors (NOTES.md §5). */
public final class HanNormalizer {
    private static final Pattern SPACE_NEAR_HAN = Pattern.compile(
            "(?<=[\\p{IsHan}，。、；：！？（）《》“”‘’【】])\\s+|\\s+(?=[\\p{IsHan}，。、；：！？（）《》“”‘’【】])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HanNormalizer() {
    }

    /** A cell's text: line breaks joined, spaces next to Han characters and CJK punctuation dropped, others collapsed. */
    public static String cellText(String s) {
        String joined = s.replace("\r", "").replace("\n", "");
        return SPACES.matcher(SPACE_NEAR_HAN.matcher(joined).replaceAll("")).replaceAll(" ").trim();
    }
}
