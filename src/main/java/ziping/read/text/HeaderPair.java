package ziping.read.text;

import ziping.read.CellWords;
import ziping.read.CellWords.Header;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A block header printed on two lines, each column name wrapped (一级指 / 标, 实际完成 / 值, 未完成原因分 / 析), where
 * neither line names the columns by itself. A line set tighter than the other (Chromium's) shifts the parts below
 * off the parts above, so the parts below are given to the columns above in order: each column above takes a run of
 * the parts below (maybe none), chosen so that most columns read as column names, then so that parts stand nearest
 * to their column.
 */
final class HeaderPair {
    private static final double NAMED = 100;
    /** The indicator columns whose names head the label columns: 一级指标, 二级指标, 三级指标. */
    private static final List<String> LABEL_ROLES = List.of("level1", "level2", "name");

    private HeaderPair() {
    }

    /** The columns of the two lines read as one header of that kind, or null where they do not make one. */
    static List<LayoutColumn> columns(List<LayoutToken> top, List<LayoutToken> bottom, Header header) {
        int m = top.size();
        int n = bottom.size();
        if (m < 3 || n == 0 || n > 2 * m) {
            return null;
        }
        double[][] best = new double[m + 1][n + 1];
        int[][] cut = new int[m + 1][n + 1];
        for (double[] b : best) {
            Arrays.fill(b, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int c = 0; c < m; c++) {
            for (int k = 0; k <= n; k++) {
                if (best[c][k] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int j = k; j <= n; j++) {
                    double v = best[c][k] + value(top.get(c), bottom.subList(k, j), header);
                    if (v > best[c + 1][j]) {
                        best[c + 1][j] = v;
                        cut[c + 1][j] = k;
                    }
                }
            }
        }
        List<LayoutColumn> out = new ArrayList<>();
        int j = n;
        for (int c = m; c > 0; c--) {
            int k = cut[c][j];
            LayoutToken t = top.get(c - 1);
            String text = t.text() + join(bottom.subList(k, j));
            String role = CellWords.role(header, text);
            if (role != null) {
                out.add(0, new LayoutColumn(role, t.start(), t.end(), text, LayoutColumn.isLeftAligned(role)));
            }
            j = k;
        }
        List<String> texts = out.stream().map(LayoutColumn::text).toList();
        return CellWords.header(texts) == header ? distinct(out) : null;
    }

    /**
     * The indicator header printed on three lines: the wrapped names' first parts, then the one-line names alone
     * (Chromium centres a one-line name in its cell: {@code 三级指标} between {@code 一级指 … 年度指标 实际完成} and
     * {@code 标 … 值（A） 值（B）}), then their second parts; read as the pair of the outer lines with the middle
     * line's names among the first parts where they make the most columns with the label columns first and in order
     * (the middle line is set at a pitch of its own, so where its words stand along the line says little). Null where
     * the middle line holds anything but whole label column names or the lines make no such header.
     */
    static List<LayoutColumn> around(List<LayoutToken> top, List<LayoutToken> middle, List<LayoutToken> bottom) {
        if (middle.isEmpty() || middle.size() >= top.size() || bottom.isEmpty()
                || bottom.stream().anyMatch(t -> LayoutWords.isValue(t.text()))
                || middle.stream().anyMatch(t -> !LABEL_ROLES.contains(String.valueOf(
                        CellWords.role(Header.INDICATORS, t.text()))))) {
            return null;
        }
        List<LayoutColumn> columns = null;
        for (int at = 0; at <= top.size(); at++) {
            List<LayoutToken> names = new ArrayList<>(top.subList(0, at));
            names.addAll(middle);
            names.addAll(top.subList(at, top.size()));
            List<LayoutColumn> read = columns(names, bottom, Header.INDICATORS);
            if (read != null && labelsFirst(read) && (columns == null || read.size() > columns.size())) {
                columns = read;
            }
        }
        return columns;
    }

    /** Whether the label columns (一级, 二级, 三级) come first, in that order. */
    static boolean labelsFirst(List<LayoutColumn> columns) {
        int last = -1;
        boolean values = false;
        for (LayoutColumn c : columns) {
            int label = LABEL_ROLES.indexOf(c.role());
            if (label >= 0 && (values || label < last)) {
                return false;
            }
            values |= label < 0;
            last = Math.max(last, label);
        }
        return true;
    }

    private static List<LayoutColumn> distinct(List<LayoutColumn> columns) {
        List<LayoutColumn> out = new ArrayList<>();
        for (LayoutColumn c : columns) {
            if (out.stream().noneMatch(o -> o.role().equals(c.role()))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * How well a column name reads from its first part and the parts below: {@link #NAMED} where they read as a
     * column name, no part names another column by itself ({@code 指标} + {@code 分值 得分} reads as 分值's name
     * but 得分 is a name of its own: Chromium set the line below off by a word's width) and the first part does not
     * begin only other columns' names ({@code 全年实际} + {@code 分值} reads as 分值's name, but 全年实际 is the first
     * line of 全年实际值: a line below set tighter, its parts a word left of theirs), less the parts' distances.
     * (Only for the indicator header, whose columns are these; a funding pair only tells that a header stands there,
     * its columns are read by {@link FundingHeader}, and its line below holds whole names: 年初预算数 … 分值 … 得分.)
     */
    private static double value(LayoutToken head, List<LayoutToken> parts, Header header) {
        String role = CellWords.role(header, head.text() + join(parts));
        double v = role != null ? NAMED : 0;
        if (header == Header.INDICATORS && role != null && !parts.isEmpty()) {
            Set<String> begun = CellWords.indicatorRolesStartingWith(head.text());
            if (!begun.isEmpty() && !begun.contains(role)) {
                v = 0;
            }
        }
        for (LayoutToken p : parts) {
            String own = header == Header.INDICATORS && role != null
                    ? CellWords.role(header, p.text()) : null;
            if (own != null && !own.equals(role)) {
                v = Math.min(v, 0);
            }
            v -= Math.abs(p.center() - head.center());
        }
        return v;
    }

    private static String join(List<LayoutToken> parts) {
        StringBuilder sb = new StringBuilder();
        for (LayoutToken p : parts) {
            sb.append(p.text());
        }
        return sb.toString();
    }
}
