package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a form: the year (from the title lines: {@code （2024年度）}, {@code 2024年度项目支出…}) and the
 * fields 项目名称, 主管部门, 实施单位 — a label cell with its value in the next cell to the right, or label and value
 * in one cell ({@code 项目名称：…}). Further fields a template names (项目负责人, 是否为专项资金 …) are kept by role in
 * {@code others}.
 */
record HeaderFields(String year, String project, String department, String unit, Map<String, String> others) {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");

    static HeaderFields read(List<GridRow> rows, Lexicon lexicon) {
        String year = null;
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            if (year == null && fields.isEmpty()) {
                Matcher m = YEAR.matcher(LabelKey.compact(row.text()));
                if (m.find()) {
                    year = m.group(1);
                }
            }
            List<GridCell> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c).text();
                String key = LabelKey.of(text);
                String field = Lexicon.isOneOf(allLabels(lexicon), key) ? Lexicon.exactRoleOf(lexicon.headerFields(), key) : null;
                if (field != null) {
                    fields.putIfAbsent(field, valueAfter(cells, c, lexicon));
                } else {
                    inlineField(text, lexicon, fields);
                }
            }
        }
        Map<String, String> others = new TreeMap<>(fields);
        others.keySet().removeAll(List.of("project", "department", "unit"));
        others.values().removeIf(Objects::isNull);
        return new HeaderFields(year, fields.get("project"), fields.get("department"), fields.get("unit"),
                Collections.unmodifiableMap(others));
    }

    /** Whether a row holds the 项目名称 label (a new form starts there where titles are missing). */
    static boolean isProjectRow(GridRow row, Lexicon lexicon) {
        for (GridCell cell : row.cells()) {
            if ("project".equals(CellRoles.exactOf(lexicon.headerFields(), cell))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> allLabels(Lexicon lexicon) {
        return lexicon.headerFields().values().stream().flatMap(List::stream).toList();
    }


    /**
     * The first non-empty cell right of a label that is not itself a label; null when none. A value longer than any
     * label (a 42-character SC-BM project code and name) has no key but is a value.
     */
    private static String valueAfter(List<GridCell> cells, int label, Lexicon lexicon) {
        for (int c = label + 1; c < cells.size(); c++) {
            String text = cells.get(c).text().strip();
            if (LabelKey.isLong(text)) {
                return text;
            }
            String key = LabelKey.of(text);
            if (key.isEmpty()) {
                continue;
            }
            return Lexicon.exactRoleOf(lexicon.headerFields(), key) != null ? null : text;
        }
        return null;
    }

    /** A field written with its label in one cell: 项目名称：XXX. */
    private static void inlineField(String text, Lexicon lexicon, Map<String, String> fields) {
        String compact = LabelKey.compact(text);
        for (Map.Entry<String, List<String>> field : lexicon.headerFields().entrySet()) {
            for (String label : field.getValue()) {
                if (compact.startsWith(label) && compact.length() > label.length() + 1
                        && isColon(compact.charAt(label.length()))) {
                    String value = untilNextLabel(compact.substring(label.length() + 1), lexicon);
                    if (!value.isEmpty()) {
                        fields.putIfAbsent(field.getKey(), value);
                    }
                }
            }
        }
    }

    /** A value up to the next field label with its colon ({@code 项目负责人：张三财务负责人：李四} → 张三). */
    private static String untilNextLabel(String value, Lexicon lexicon) {
        int end = value.length();
        for (String label : allLabels(lexicon)) {
            for (String colon : new String[] {":", "："}) {
                int at = value.indexOf(label + colon);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
        }
        return value.substring(0, end);
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：';
    }
}
