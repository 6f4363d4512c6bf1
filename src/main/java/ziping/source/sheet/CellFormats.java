package ziping.source.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Numbers as their cells show them: the cell's number format applied to the stored value by POI's
 * {@link DataFormatter} (Excel's rules: {@code 0.00} shows 10 as {@code 10.00}, {@code 0%} shows 0.98 as
 * {@code 98%}, General shows at most 11 significant characters), in the root locale.
 */
final class CellFormats {
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    String shown(double value, int formatIndex, String formatString) {
        String format = formatString != null ? formatString : BuiltinFormats.getBuiltinFormat(formatIndex);
        return formatter.formatRawCellContents(value, formatIndex, format != null ? format : "General");
    }

    /**
     * A stored number as Excel knows it: 15 significant digits (binary noise such as {@code 9.470000000000001}
     * written by some programs is {@code 9.47}), without trailing zeros, in plain notation.
     */
    static String stored(String written) {
        return new BigDecimal(written.strip()).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the text shown for a stored number (as {@link #stored} gives it) is another number than the one stored
     * (a number format that rounds: 10.004 shown as {@code 10.00}). Text that is not a plain number or percentage (a
     * date, a currency sign, a format's literal) says nothing.
     */
    static boolean rounds(String stored, String shown) {
        String plain = shown.replace(",", "").strip();
        boolean percent = plain.endsWith("%");
        if (percent) {
            plain = plain.substring(0, plain.length() - 1);
        }
        BigDecimal shownValue;
        BigDecimal storedValue;
        try {
            shownValue = new BigDecimal(plain);
            storedValue = new BigDecimal(stored.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (percent) {
            storedValue = storedValue.movePointRight(2);
        }
        return shownValue.compareTo(storedValue) != 0;
    }

    /** Whether a cell style draws any border: the cells of a printed form's table have them. */
    static boolean bordered(CellStyle style) {
        return style.getBorderTop() != BorderStyle.NONE || style.getBorderBottom() != BorderStyle.NONE
                || style.getBorderLeft() != BorderStyle.NONE || style.getBorderRight() != BorderStyle.NONE;
    }
}
