package ziping.parse;

import ziping.model.Comparator;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Measure;
import ziping.model.MeasureKind;
import ziping.text.HanNormalizer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one cell's text as a {@link Figure} (amounts, 分值, 得分, 执行率) or a {@link Measure} (年度指标值, 实际完成值).
 * Full-width digits and signs are folded before matching; the raw text is kept as read.
 */
public final class ValueParser {
    private static final Set<String> PLACEHOLDERS = Set.of("-", "_", "—", "——", "/", "－", "＿", "／", "–", "--");
    /** Placeholders have at most two characters; longer cells skip hashing for the set lookup. */
    private static final int LONGEST_PLACEHOLDER = 2;
    /** The unit after a quantity's number: 次, 万元, 人(次). */
    private static final Pattern UNIT = Pattern.compile("%|[\\p{IsHan}]{1,3}(?:[(（][\\p{IsHan}]{1,3}[)）])?");
    private static final String COMPARATORS = "≥≤=><";
    /** Any number of this many decimal digits fits in a long. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:底|前|初|末)?(?:前)?|\\d{1,2}月\\d{1,2}日(?:前)?");
    /** No target or actual value is longer than this (≤110.838036万元 has 13 characters); longer text is a name. */
    private static final int LONGEST_VALUE = 24;
    /** A magnitude alone is half of a unit split over two lines ("455.91264万" / "元"), not a unit. */
    private static final Set<String> MAGNITUDES = Set.of("十", "百", "千", "万", "亿", "十万", "百万", "千万");
    /** Qualitative values seen in forms and reports; 定性-X is read as X qualified. */
    private static final Set<String> QUALITATIVE = Set.of("是", "否", "好", "较好", "一般", "差", "较差", "好坏", "优",
            "良", "中", "优秀", "良好", "合格", "不合格", "达成", "部分达成", "基本达成", "未达成", "完成", "基本完成", "未完成",
            "合理", "不合理", "健全", "不健全", "有效", "无效", "合规", "不合规", "完备", "规范", "不规范", "明显", "较明显",
            "不明显", "满意", "基本满意", "不满意", "提高", "提升", "稳定", "正常", "及时", "按时", "达标", "有所提升");

    private ValueParser() {
    }

    /** Folds full-width forms (digits, ％, ＝, ＞) to ASCII; leaves ≥ ≤ and Han characters alone. */
    static String fold(String s) {
        return isFolded(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC).replace('⩾', '≥').replace('⩽', '≤');
    }

    private static boolean isFolded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xFF00 && c <= 0xFFEF || c == '⩾' || c == '⩽') {
                return false;
            }
        }
        return true;
    }

    public static boolean isPlaceholder(String raw) {
        String t = raw.trim();
        return t.length() <= LONGEST_PLACEHOLDER && PLACEHOLDERS.contains(t);
    }

    /** A number cell; {@code FigureKind.UNREADABLE} when the text is neither a number nor a placeholder. */
    public static Figure figure(String raw) {
        String t = raw.trim();
        if (t.isEmpty()) {
            return Figure.of(raw, FigureKind.EMPTY);
        }
        if (isPlaceholder(t)) {
            return Figure.of(raw, FigureKind.NOT_APPLICABLE);
        }
        String compact = fold(t).replace(" ", "");
        int end = NumberText.end(compact, 0);
        if (end < 0) {
            return Figure.of(raw, FigureKind.UNREADABLE);
        }
        boolean percent = end == compact.length() - 1 && compact.charAt(end) == '%';
        if (end != compact.length() && !percent) {
            return Figure.of(raw, FigureKind.UNREADABLE);
        }
        return Figure.number(raw, decimal(compact.substring(0, end)), percent ? "%" : null);
    }

    /**
     * Whether the cell is a number without % (分值, 得分): as {@link #figure} reads it, without building the figure,
     * since every line end of a table is tested.
     */
    public static boolean isPlainNumber(String raw) {
        String t = raw.trim();
        if (t.isEmpty() || isPlaceholder(t)) {
            return false;
        }
        String compact = fold(t).replace(" ", "");
        return NumberText.end(compact, 0) == compact.length();
    }

    /** True when the text reads as a target/actual value (so it can end an indicator row). */
    public static boolean isMeasure(String raw) {
        return measure(raw) != null;
    }

    /** A target or actual value, or null when the text is not one (a name, a sentence). */
    public static Measure measure(String raw) {
        String t = raw.trim();
        if (t.length() > LONGEST_VALUE) {
            return null;
        }
        if (t.isEmpty()) {
            return new Measure(raw, MeasureKind.EMPTY, null, null, null, null);
        }
        if (t.equals("/") || t.equals("／")) {
            return new Measure(raw, MeasureKind.NOT_DONE, null, null, null, null);
        }
        String f = fold(t).replace(" ", "");
        if (isDate(f)) {
            return new Measure(raw, MeasureKind.DATE, null, null, null, t);
        }
        Measure quantity = quantity(raw, t, f);
        if (quantity != null) {
            return quantity;
        }
        String word = t.startsWith("定性-") || t.startsWith("定性—") ? t.substring(3) : t;
        if (QUALITATIVE.contains(word)) {
            return new Measure(raw, MeasureKind.QUALITATIVE, null, null, null, t);
        }
        return null;
    }

    /**
     * An optional comparator, a number and an optional unit ({@code ≥95%}, {@code 455.91264万元}); null when the text
     * is not that, or its unit is a magnitude alone.
     */
    private static Measure quantity(String raw, String printed, String folded) {
        int at = !folded.isEmpty() && COMPARATORS.indexOf(folded.charAt(0)) >= 0 ? 1 : 0;
        int end = NumberText.end(folded, at);
        if (end < 0) {
            return null;
        }
        String unit = end < folded.length() ? folded.substring(end) : null;
        if (unit != null && (!isUnit(unit) || MAGNITUDES.contains(unit))) {
            return null;
        }
        Comparator cmp = at == 0 ? null : Comparator.fromSymbol(folded.charAt(0));
        return new Measure(raw, MeasureKind.NUMBER, cmp, decimal(folded.substring(at, end)),
                unit == null ? null : unitAsPrinted(printed, unit), null);
    }

    /** Whether the text after a number is a unit; the regex runs only when the text is not % or 1–3 Han. */
    private static boolean isUnit(String unit) {
        if (unit.equals("%") || unit.length() <= 3 && allHan(unit)) {
            return true;
        }
        return UNIT.matcher(unit).matches();
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!HanNormalizer.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A date such as 2024年12月底; the regex runs only on text holding 年 or 月. */
    private static boolean isDate(String folded) {
        return (folded.indexOf('年') >= 0 || folded.indexOf('月') >= 0) && DATE.matcher(folded).matches();
    }

    /** The unit as printed (full-width brackets kept), found at the end of the cell text. */
    private static String unitAsPrinted(String printed, String foldedUnit) {
        String compact = printed.replace(" ", "");
        int len = foldedUnit.length();
        return compact.length() >= len ? compact.substring(compact.length() - len) : foldedUnit;
    }

    /**
     * The value of a number as {@link NumberText} accepts it, with its printed scale. Up to 18 digits are summed in a
     * long, since {@code new BigDecimal(String)} was a hot spot; longer numbers go through the String constructor.
     */
    private static BigDecimal decimal(String number) {
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean fraction = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                scale += fraction ? 1 : 0;
            } else if (c == '.') {
                fraction = true;
            }
        }
        if (digits > MAX_LONG_DIGITS) {
            return new BigDecimal(number.replace(",", ""));
        }
        return BigDecimal.valueOf(number.charAt(0) == '-' ? -unscaled : unscaled, scale);
    }
}
