package ziping.report;

import java.util.regex.Pattern;

/**
 * Makes text safe to open in a spreadsheet (OWASP "CSV injection"): a cell that begins with {@code = + - @}, TAB or
 * CR gets a leading apostrophe, so Excel or LibreOffice shows it as text instead of running it as a formula. A
 * number ({@code -9.58}, {@code +3}, {@code -12%}) and a lone placeholder dash are left as they are.
 */
final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)%?");

    private CsvCells() {
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !startsLikeFormula(cell.charAt(0))
                || cell.equals("-") || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean startsLikeFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
