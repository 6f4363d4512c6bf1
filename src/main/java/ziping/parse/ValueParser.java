package ziping.parse;

import ziping.model.Comparator;
import ziping.model.Figure;
import ziping.model.FigureKind;
import ziping.model.Measure;
import ziping.model.MeasureKind;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads one cell's text as a {@link Figure} (amounts, 分值, 得分, 执行率) or a {@link Measure} (年度指标值, 实际完成值).
 * Full-width digits and signs are folded before matching ({@link ValueText}); the raw text is kept as read. A reader
 * that knows the cell's column calls {@link #measureCell}, {@link #measureOf} or {@link #figureCell}, which never
 * return null; the text path, which must also tell names from values, calls {@link #measure} and {@link #figure}.
 */
public final class ValueParser {
    private static final Set<String> PLACEHOLDERS = Set.of("-", "_", "—", "——", "/", "－", "＿", "／", "–", "--");
    /** Placeholders have at most two characters; longer cells skip hashing for the set lookup. */
    private static final int LONGEST_PLACEHOLDER = 2;
    /** Any number of this many decimal digits fits in a long. */
    private static final int MAX_LONG_DIGITS = 18;
    /** No target or actual value is longer than this (≤110.838036万元 has 13 characters); longer text is a name. */
    private static final int LONGEST_VALUE = 24;
    /**
     * In a cell known to hold a value, text longer than this (whitespace dropped) is read as words without trying the
     * number grammar: no quantity or date is that long, and a runaway number never reaches the decimal parser.
     */
    private static final int LONGEST_QUANTITY = 48;
    /** What {@code 指标性质} prints for a qualitative indicator, and for a quantitative one without a comparator. */
    private static final String QUALITATIVE_NATURE = "定性";
    private static final String QUANTITATIVE_NATURE = "定量";
    /** Qualitative values seen in forms and reports; 定性-X is read as X qualified. */
    private static final Set<String> QUALITATIVE = Set.of("是", "否", "好", "较好", "一般", "差", "较差", "好坏", "优",
            "良", "中", "优秀", "良好", "合格", "不合格", "达成", "部分达成", "基本达成", "未达成", "完成", "基本完成", "未完成",
            "合理", "不合理", "健全", "不健全", "有效", "无效", "合规", "不合规", "完备", "规范", "不规范", "明显", "较明显",
            "不明显", "满意", "基本满意", "不满意", "提高", "提升", "稳定", "正常", "及时", "按时", "达标", "有所提升",
            "已完成", "显著提升", "明显提升", "逐步提升", "按时完成", "按时限完成", "按计划完成", "达成年度指标", "达成预期指标",
            "优良中低差");

    private ValueParser() {
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
        String compact = ValueText.fold(t).replace(" ", "");
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
        String compact = ValueText.fold(t).replace(" ", "");
        return NumberText.end(compact, 0) == compact.length();
    }

    /** True when the text reads as a target/actual value (so it can end an indicator row). */
    public static boolean isMeasure(String raw) {
        return measure(raw) != null;
    }

    /**
     * A target or actual value in running text, or null when the text is not one (a name, a sentence): the text path
     * tells names from values with it. The grammar of {@link #measureCell} without Latin units, qualitative values
     * only from a list, and a magnitude alone ({@code 455.91264万}, the first line of a wrapped unit) not a value.
     */
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
        String f = ValueText.compact(t);
        if (DateText.isDate(f)) {
            return new Measure(raw, MeasureKind.DATE, null, null, null, t);
        }
        Quantity q = Quantity.read(f, false);
        if (q != null && (q.unit() == null || !Units.isMagnitude(q.unit()))) {
            return number(raw, f, q);
        }
        String word = t.startsWith("定性-") || t.startsWith("定性—") ? t.substring(3) : t;
        if (QUALITATIVE.contains(word)) {
            return qualitative(raw, t);
        }
        return null;
    }

    /**
     * The value of a cell known to be a target or actual (its column says so); never null. Empty → {@code EMPTY};
     * {@code /} → {@code NOT_DONE}; another placeholder ({@code - _ —}) → {@code EMPTY}, raw kept; a date →
     * {@code DATE}; a quantity ({@link Quantity}: comparator symbol or word, number, unit of any shape {@link Units}
     * allows, 以上/以内 after) → {@code NUMBER}; any other text → {@code QUALITATIVE} with the text as printed.
     */
    public static Measure measureCell(String raw) {
        String t = raw.strip();
        if (t.isEmpty()) {
            return new Measure(raw, MeasureKind.EMPTY, null, null, null, null);
        }
        String f = ValueText.compact(t);
        if (f.length() > LONGEST_QUANTITY) {
            return qualitative(raw, t);
        }
        if (f.equals("/")) {
            return new Measure(raw, MeasureKind.NOT_DONE, null, null, null, null);
        }
        if (isPlaceholder(f)) {
            return new Measure(raw, MeasureKind.EMPTY, null, null, null, null);
        }
        if (DateText.isDate(f)) {
            return new Measure(raw, MeasureKind.DATE, null, null, null, t);
        }
        Quantity q = Quantity.read(f, true);
        return q != null ? number(raw, f, q) : qualitative(raw, t);
    }

    /**
     * Whether a value kept as text begins like a quantity — a comparator or a digit first, as in a range
     * ({@code 90%-100%}), a stutter ({@code 5次次}) or a malformed number ({@code 1,23人}) — so that a reader can say
     * in a parse finding that the cell was not read as a number. False for any other kind and for words
     * ({@code 达成年度指标}, {@code 约100人}).
     */
    public static boolean beginsLikeQuantity(Measure m) {
        if (m.kind() != MeasureKind.QUALITATIVE) {
            return false;
        }
        String f = ValueText.compact(m.text());
        ComparatorWords.Found before = ComparatorWords.before(f);
        int at = before == null ? 0 : before.length();
        if (at < f.length() && (f.charAt(at) == '+' || f.charAt(at) == '-')) {
            at++;
        }
        return at < f.length() && f.charAt(at) >= '0' && f.charAt(at) <= '9';
    }

    /**
     * One value printed in three cells, as the 指标性质 | 指标值 | 度量单位 columns do: a comparator ({@code ≥ ≧ ═ ﹦ =
     * ≤}, a comparator word, {@code 定量} or nothing), the value, the unit. {@code 定性} makes the value qualitative; a
     * unit with an empty value is no value; a magnitude in the value cell joins the unit ({@code 150万} + {@code 元}
     * → 万元). Pieces that contradict each other (two different comparators or units) or a comparator or unit cell
     * that cannot be read leave the value qualitative. Raw is the printed pieces joined; null cells read as empty.
     */
    public static Measure measureOf(String comparatorCell, String valueCell, String unitCell) {
        String c = comparatorCell == null ? "" : comparatorCell.strip();
        String v = valueCell == null ? "" : valueCell.strip();
        String u = unitCell == null ? "" : unitCell.strip();
        String raw = c + v + u;
        Measure value = measureCell(v);
        String nature = ValueText.compact(c);
        if (value.kind() == MeasureKind.EMPTY || value.kind() == MeasureKind.NOT_DONE) {
            return new Measure(raw, value.kind(), null, null, null, null);
        }
        if (value.kind() != MeasureKind.NUMBER) {
            return new Measure(raw, value.kind(), null, null, null, v);
        }
        if (nature.equals(QUALITATIVE_NATURE)) {
            return qualitative(raw, v);
        }
        boolean noComparator = nature.isEmpty() || nature.equals(QUANTITATIVE_NATURE);
        Comparator printed = noComparator ? null : ComparatorWords.whole(nature);
        boolean natureUnread = !noComparator && printed == null;
        boolean contradicts = printed != null && value.comparator() != null && printed != value.comparator();
        String unit = joinedUnit(value.unit(), ValueText.compact(u));
        if (natureUnread || contradicts || unit == null) {
            return qualitative(raw, raw);
        }
        return new Measure(raw, MeasureKind.NUMBER, printed != null ? printed : value.comparator(), value.number(),
                unit.isEmpty() ? null : unit, null);
    }

    /**
     * The unit of a value read from its own cell and a unit cell: either alone, both when equal, a magnitude and its
     * unit joined ({@code 万} + {@code 元}); "" for none; null when the unit cell cannot be read or the two differ.
     */
    private static String joinedUnit(String inValue, String unitCell) {
        if (unitCell.isEmpty() || isPlaceholder(unitCell)) {
            return inValue == null ? "" : inValue;
        }
        if (!Units.isUnit(unitCell, true)) {
            return null;
        }
        String cell = Units.normalise(unitCell);
        if (inValue == null || inValue.equals(cell)) {
            return cell;
        }
        return Units.isMagnitude(inValue) ? Units.normalise(inValue + unitCell) : null;
    }

    /**
     * How the numbers of two cells compare ({@link BigDecimal#compareTo}, scale aside: {@code 4.0} equals {@code 4.00}),
     * or null where either cell is not a number ({@link #figureCell}).
     */
    public static Integer compareNumbers(String a, String b) {
        Figure x = figureCell(a);
        Figure y = figureCell(b);
        return x.isNumber() && y.isNumber() ? x.value().compareTo(y.value()) : null;
    }

    /**
     * An amount, score or rate cell whose unit may be printed inside it ({@code 150万}, {@code 100.00%}, {@code 5分}):
     * the number with its printed scale and the unit; {@code FigureKind.UNREADABLE} for anything else, never a zero.
     */
    public static Figure figureCell(String raw) {
        String t = raw.strip();
        if (t.isEmpty()) {
            return Figure.of(raw, FigureKind.EMPTY);
        }
        String f = ValueText.compact(t);
        if (isPlaceholder(f)) {
            return Figure.of(raw, FigureKind.NOT_APPLICABLE);
        }
        int end = f.length() > LONGEST_QUANTITY ? -1 : NumberText.end(f, 0);
        String unit = end < 0 || end == f.length() ? null : f.substring(end);
        if (end < 0 || unit != null && !Units.isUnit(unit, true)) {
            return Figure.of(raw, FigureKind.UNREADABLE);
        }
        return Figure.number(raw, decimal(f.substring(0, end)), unit == null ? null : Units.normalise(unit));
    }

    private static Measure number(String raw, String compact, Quantity q) {
        return new Measure(raw, MeasureKind.NUMBER, q.comparator(),
                decimal(compact.substring(q.numberStart(), q.numberEnd())), q.unit(), null);
    }

    private static Measure qualitative(String raw, String text) {
        return new Measure(raw, MeasureKind.QUALITATIVE, null, null, null, text);
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
