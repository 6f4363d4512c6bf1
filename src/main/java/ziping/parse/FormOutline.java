package ziping.parse;

import ziping.text.HanNormalizer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header fields of one form and the lines where its parts start (-1 when missing), found in one pass over its
 * lines. The 总分 line is the last one that starts with 总分.
 */
record FormOutline(String year, String project, String department, String unit, int fundingAt, int goalsAt,
                   int tableAt, int totalAt) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");

    static FormOutline of(List<Line> lines) {
        String year = null;
        String project = null;
        String department = null;
        String unit = null;
        int fundingAt = -1;
        int goalsAt = -1;
        int tableAt = -1;
        int totalAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            Matcher y = year == null ? YEAR.matcher(t) : null;
            if (y != null && y.find()) {
                year = y.group(1);
            } else if (project == null && t.startsWith("项目名称")) {
                project = HanNormalizer.cellText(t.substring(4));
            } else if (department == null && t.startsWith("主管部门")) {
                int u = t.indexOf("实施单位");
                department = HanNormalizer.cellText(u < 0 ? t.substring(4) : t.substring(4, u));
                unit = u < 0 ? null : HanNormalizer.cellText(t.substring(u + 4));
            } else if (fundingAt < 0 && t.startsWith("项目资金")) {
                fundingAt = i;
            } else if (goalsAt < 0 && startsIgnoringSpaces(t, "预期目标")) {
                goalsAt = i;
            } else if (tableAt < 0 && t.startsWith("一级指标")) {
                tableAt = i;
            } else if (startsIgnoringSpaces(t, "总分")) {
                totalAt = i;
            }
        }
        return new FormOutline(year, project, department, unit, fundingAt, goalsAt, tableAt, totalAt);
    }

    /** Whether {@code text} starts with {@code prefix} once spaces are ignored ("总 分" is 总分). */
    private static boolean startsIgnoringSpaces(String text, String prefix) {
        int matched = 0;
        for (int i = 0; i < text.length() && matched < prefix.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c != prefix.charAt(matched)) {
                return false;
            }
            matched++;
        }
        return matched == prefix.length();
    }
}
