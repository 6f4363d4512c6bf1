package ziping.read.text;

import java.util.List;

/** A column of a layout block: its role, its header's extent in characters, and whether its text is left-aligned. */
record LayoutColumn(String role, int start, int end, String text, boolean left) {
    double center() {
        return (start + end - 1) / 2.0;
    }

    /** Whether text in a column of that role starts at the column's left edge (labels, names) rather than centred. */
    static boolean isLeftAligned(String role) {
        return role.equals("level1") || role.equals("level2") || role.equals("name") || role.equals("label");
    }

    static int index(List<LayoutColumn> columns, String role) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role().equals(role)) {
                return c;
            }
        }
        return -1;
    }

    /** The first centred (value) column, or the column count. */
    static int firstValue(List<LayoutColumn> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).left()) {
                return c;
            }
        }
        return columns.size();
    }
}
