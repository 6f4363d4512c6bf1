package ziping.parse.report;

import ziping.model.Comparator;
import ziping.model.Figure;
import ziping.model.Measure;
import ziping.model.MeasureKind;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading single cells of the report's tables: plain numbers, and targets or actuals such as 100%, 95, 合理. */
final class Cells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern MEASURE = Pattern.compile("([≥≤=><＞＜＝⩾⩽]?)(-?\\d+(?:\\.\\d+)?)(\\S*)");

    private Cells() {
    }

    static boolean isNumber(String token) {
        return PLAIN_NUMBER.matcher(token).matches();
    }

    static Figure figure(String token, String unit) {
        return Figure.number(token, new BigDecimal(token), unit);
    }

    static List<String> tokens(String line) {
        String s = line.strip();
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\s+"));
    }

    static boolean allNumbers(List<String> tokens) {
        return !tokens.isEmpty() && tokens.stream().allMatch(Cells::isNumber);
    }

    /** A target or actual cell: a number with optional comparator and unit, otherwise qualitative text. */
    static Measure measure(String raw) {
        Matcher m = MEASURE.matcher(raw);
        if (m.matches()) {
            Comparator c = m.group(1).isEmpty() ? null : Comparator.fromSymbol(m.group(1).charAt(0));
            String unit = m.group(3).isEmpty() ? null : m.group(3);
            return new Measure(raw, MeasureKind.NUMBER, c, new BigDecimal(m.group(2)), unit, null);
        }
        return qualitative(raw);
    }

    static Measure qualitative(String text) {
        return new Measure(text, MeasureKind.QUALITATIVE, null, null, null, text);
    }

    /** Spaces a PDF extractor put between Han characters, dropped: "网络安全事故 发生" becomes "网络安全事故发生". */
    static String joinName(List<String> fragments) {
        return String.join("", fragments).replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "");
    }
}
