package ziping.parse.report;

import ziping.model.Figure;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.parse.ValueParser;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reading single cells of the report's tables: plain numbers, and targets or actuals such as 100%, 95, 合理. */
final class Cells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    private Cells() {
    }

    static boolean isNumber(String token) {
        return PLAIN_NUMBER.matcher(token).matches();
    }

    /** A number cell, with {@code unit} when the table states it; a cell that is no number reads as unreadable. */
    static Figure figure(String token, String unit) {
        Figure f = ValueParser.figure(token);
        return f.isNumber() && unit != null ? Figure.number(token, f.value(), unit) : f;
    }

    static List<String> tokens(String line) {
        String s = line.strip();
        return s.isEmpty() ? List.of() : Arrays.asList(SPACES.split(s));
    }

    static boolean allNumbers(List<String> tokens) {
        return !tokens.isEmpty() && tokens.stream().allMatch(Cells::isNumber);
    }

    /** A target or actual cell: a number with optional comparator and unit, otherwise qualitative text. */
    static Measure measure(String raw) {
        Measure m = ValueParser.measure(raw);
        return m != null && m.kind() != MeasureKind.EMPTY ? m : qualitative(raw);
    }

    static Measure qualitative(String text) {
        return new Measure(text, MeasureKind.QUALITATIVE, null, null, null, text);
    }

    /** Spaces a PDF extractor put between Han characters, dropped: "网络安全事故 发生" becomes "网络安全事故发生". */
    static String joinName(List<String> fragments) {
        return SPACES_BETWEEN_HAN.matcher(String.join("", fragments)).replaceAll("");
    }
}
