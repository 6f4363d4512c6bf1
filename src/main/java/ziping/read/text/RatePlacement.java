package ziping.read.text;

import ziping.parse.ValueParser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Of a funding row's placements that fit its pieces equally well ({@link BoxRows.Row#placements}), the one its printed
 * 执行率 bears out: two amounts of the row stand where either could be 预算数 (A) or 全年执行数 (B), and only one
 * assignment gives B/A as printed (rounded or cut to the printed decimals). Where no placement or more than one reading
 * of the cells agrees, or a placement leaves a piece astray, the row stays in doubt: the rate decides only what the
 * text leaves open, and a rate the amounts do not bear out (an injected ZP101 error) decides nothing.
 */
final class RatePlacement {
    private RatePlacement() {
    }

    /** The columns of the one reading whose B/A is the printed rate, or null. */
    static int[] of(BoxRows.Row row, String[] roles) {
        int budget = List.of(roles).indexOf("budget");
        int executed = List.of(roles).indexOf("executed");
        int rate = List.of(roles).indexOf("rate");
        if (budget < 0 || executed < 0 || rate < 0) {
            return null;
        }
        int[] chosen = null;
        List<String> chosenCells = null;
        for (int[] columns : row.placements()) {
            BoxRows.Row reading = new BoxRows.Row(row.pieces(), columns, false, false);
            if (reading.hasStray() || !agrees(reading.cell(budget), reading.cell(executed), reading.cell(rate))) {
                continue;
            }
            List<String> cells = cells(reading, roles.length);
            if (chosen == null) {
                chosen = columns;
                chosenCells = cells;
            } else if (!cells.equals(chosenCells)) {
                return null;
            }
        }
        return chosen;
    }

    private static List<String> cells(BoxRows.Row reading, int width) {
        String[] out = new String[width];
        for (int c = 0; c < width; c++) {
            out[c] = reading.cell(c);
        }
        return List.of(out);
    }

    /** Whether B/A, as a percentage rounded half up or cut to the printed decimals, is the printed rate. */
    static boolean agrees(String budget, String executed, String rate) {
        if (!rate.endsWith("%") || !ValueParser.isPlainNumber(budget) || !ValueParser.isPlainNumber(executed)) {
            return false;
        }
        BigDecimal a = ValueParser.figure(budget).value();
        BigDecimal b = ValueParser.figure(executed).value();
        BigDecimal printed = ValueParser.figure(rate).value();
        if (a == null || b == null || printed == null || a.signum() <= 0) {
            return false;
        }
        int scale = Math.max(0, printed.scale());
        BigDecimal exact = b.multiply(BigDecimal.valueOf(100)).divide(a, scale + 6, RoundingMode.HALF_UP);
        return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0
                || exact.setScale(scale, RoundingMode.DOWN).compareTo(printed) == 0;
    }
}
